package kaohe.ledger.event;

import java.util.List;

/** The office approved a correction of an accepted report: old and new narrative and evidence. */
public record ReportCorrectionApprovedEvent(String reportId, String correctionId, String narrativeBefore,
                                            String narrative, List<String> evidenceBefore, List<String> evidence) {
}
