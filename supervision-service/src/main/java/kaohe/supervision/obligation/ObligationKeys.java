package kaohe.supervision.obligation;

import java.time.LocalDate;

/**
 * The stable keys of obligations: the same event, redelivered, replayed or rebuilt, names the same obligation,
 * and reminders are recorded by them.
 */
public final class ObligationKeys {

    private ObligationKeys() {
    }

    public static String liaison(String planId, String department) {
        return "LIAISON_DESIGNATION:" + planId + ":" + department;
    }

    /** {@code month} as the ledger writes it: 2020-08. */
    public static String monthlyCheck(String planId, String department, String month) {
        return "MONTHLY_CHECK:" + planId + ":" + department + ":" + month;
    }

    /** {@code quarter} as the ledger writes it: 2020-Q3. */
    public static String quarterlyReport(String planId, String department, String quarter) {
        return "QUARTERLY_REPORT:" + planId + ":" + department + ":" + quarter;
    }

    public static String gap(String gapId) {
        return "GAP:" + gapId;
    }

    public static String taskDeadline(String taskId) {
        return "TASK_DEADLINE:" + taskId;
    }

    public static String taskMilestone(String taskId, LocalDate dueOn) {
        return "TASK_MILESTONE:" + taskId + ":" + dueOn;
    }

    public static String reportReview(String reportId, int round) {
        return "REPORT_REVIEW:" + reportId + ":" + round;
    }

    public static String extension(String requestId) {
        return "EXTENSION_DECISION:" + requestId;
    }

    public static String correction(String correctionId) {
        return "CORRECTION_DECISION:" + correctionId;
    }

    /** The 督办单's own obligation (the department's reply); its immediate notices are recorded by it too. */
    public static String chase(String chaseId) {
        return "CHASE:" + chaseId;
    }

    public static String chaseReview(String chaseId, int round) {
        return "CHASE_REVIEW:" + chaseId + ":" + round;
    }
}
