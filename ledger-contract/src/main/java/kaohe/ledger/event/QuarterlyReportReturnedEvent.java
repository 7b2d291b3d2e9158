package kaohe.ledger.event;

/** The office returned round {@code round} for revision (退回); the mandatory reason is in the metadata. */
public record QuarterlyReportReturnedEvent(String reportId, String department, String quarter, int round) {
}
