package kaohe.ledger.report.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A report's narrative and the evidence it refers to (evidence ids from the evidence service). */
public record ReportContentRequest(@Size(max = 20000) String narrative,
                                   @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String>
                                           evidence) {
}
