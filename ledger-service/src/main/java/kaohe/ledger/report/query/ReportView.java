package kaohe.ledger.report.query;

import kaohe.ledger.event.ProgressSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarterly report: DRAFT, SUBMITTED, RETURNED or ACCEPTED; the progress snapshot of the last submission;
 * every round with the office's decision; {@code daysOverdue} while it is due and not with the office.
 */
public record ReportView(String reportId, String planId, String department, String quarter, LocalDate dueOn,
                         String status, int round, String narrative, List<String> evidence,
                         List<ProgressSnapshot> progress, LocalDate submittedOn, Integer daysLate,
                         Integer daysOverdue, LocalDate acceptedOn, String pendingCorrection, List<Round> rounds,
                         long version) {

    public record Round(int round, LocalDate submittedOn, int daysLate, String outcome, String reason,
                        String decidedBy, Instant decidedAt) {
    }
}
