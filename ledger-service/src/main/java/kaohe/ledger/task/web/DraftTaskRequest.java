package kaohe.ledger.task.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

/** A new ledger task of {@code department} under {@code indicatorId}. */
public record DraftTaskRequest(@NotBlank @Size(max = 64) String planId,
                               @NotBlank @Size(max = 64) String indicatorId,
                               @NotBlank @Size(max = 100) @SingleLine String department,
                               @NotBlank @Size(max = 200) @SingleLine String title,
                               @NotNull @Valid DefinesRequest defines) {
}
