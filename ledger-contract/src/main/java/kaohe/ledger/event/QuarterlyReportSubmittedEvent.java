package kaohe.ledger.event;

import java.time.LocalDate;
import java.util.List;

/**
 * Round {@code round} of a quarterly report went to the office: the narrative, every task's progress as it stood,
 * the evidence referred to, and lateness against {@code dueOn}.
 */
public record QuarterlyReportSubmittedEvent(String reportId, String planId, String department, String quarter,
                                            int round, String narrative, List<ProgressSnapshot> progress,
                                            List<String> evidence, LocalDate submittedOn, LocalDate dueOn,
                                            int daysLate) {
}
