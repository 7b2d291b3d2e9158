package kaohe.evidence.evidence.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Attach to a ledger TASK, CHECK or REPORT of a period (2020, 2020-08, 2020-Q3). */
public record LinkRequest(@NotBlank @Pattern(regexp = "TASK|CHECK|REPORT") String targetType,
                          @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String targetId,
                          @NotBlank @Size(max = 10) String period) {
}
