package kaohe.ledger.check.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

/** Opens the monthly check of {@code department} for {@code month} ({@code 2020-08}). */
public record OpenCheckRequest(@NotBlank @Size(max = 64) String planId,
                               @NotBlank @Size(max = 100) @SingleLine String department,
                               @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}") String month) {
}
