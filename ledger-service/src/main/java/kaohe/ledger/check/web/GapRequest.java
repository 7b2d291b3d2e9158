package kaohe.ledger.check.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.time.LocalDate;

/** A gap found (查漏补缺): what, who fixes it, by when, and optionally which task. */
public record GapRequest(@Size(max = 64) String taskId, @NotBlank @Size(max = 1000) String description,
                         @NotBlank @Size(max = 50) @SingleLine String owner, @NotNull LocalDate fixBy) {
}
