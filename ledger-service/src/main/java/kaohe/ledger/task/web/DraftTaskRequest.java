package kaohe.ledger.task.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new ledger task of {@code department} under {@code indicatorId}. */
public record DraftTaskRequest(@NotBlank @Size(max = 64) String planId,
                               @NotBlank @Size(max = 64) String indicatorId,
                               @NotBlank @Size(max = 100) String department,
                               @NotBlank @Size(max = 200) String title,
                               @NotNull @Valid DefinesRequest defines) {
}
