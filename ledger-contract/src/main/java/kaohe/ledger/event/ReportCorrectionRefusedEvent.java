package kaohe.ledger.event;

/** The office refused a correction; the accepted report stands. The reason is in the metadata. */
public record ReportCorrectionRefusedEvent(String reportId, String correctionId) {
}
