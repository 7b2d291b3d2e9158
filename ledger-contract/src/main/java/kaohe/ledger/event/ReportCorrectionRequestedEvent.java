package kaohe.ledger.event;

import java.util.List;

/** After acceptance, the department asked to correct its report to this narrative and evidence. */
public record ReportCorrectionRequestedEvent(String reportId, String correctionId, String narrative,
                                             List<String> evidence) {
}
