package kaohe.ledger.event;

import java.time.LocalDate;

/** A department started its written quarterly report (季度书面报告) for {@code quarter} ({@code 2020-Q3}). */
public record QuarterlyReportDraftedEvent(String reportId, String planId, String department, String quarter,
                                          LocalDate dueOn) {
}
