package kaohe.ledger.report.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The office's board of one quarter's reports: every department of the plan with its report's state
 * (NOT_STARTED when there is none), how many rounds, lateness, the correction awaiting the office's decision
 * ({@code pendingCorrection}, so the office finds every request without opening each report); {@code counts} by
 * state plus OVERDUE.
 */
public record ReportBoard(String planId, String quarter, LocalDate dueOn, Map<String, Integer> counts,
                          List<Row> departments) {

    public record Row(String department, String reportId, String status, int rounds, LocalDate submittedOn,
                      Integer daysLate, boolean overdue, Integer daysOverdue, String pendingCorrection) {
    }
}
