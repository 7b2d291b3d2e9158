package kaohe.ledger.report.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The corrected narrative and evidence of an accepted report, and why. */
public record CorrectionRequest(@Size(max = 20000) String narrative,
                                @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String>
                                        evidence,
                                @Size(max = 500) String reason) {
}
