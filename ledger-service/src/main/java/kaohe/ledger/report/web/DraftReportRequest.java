package kaohe.ledger.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.util.List;

/** Starts the report of {@code department} for {@code quarter} ({@code 2020-Q3}). */
public record DraftReportRequest(@NotBlank @Size(max = 64) String planId,
                                 @NotBlank @Size(max = 100) @SingleLine String department,
                                 @NotBlank @Pattern(regexp = "\\d{4}-Q[1-4]") String quarter,
                                 @Size(max = 20000) String narrative,
                                 @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String>
                                         evidence) {
}
