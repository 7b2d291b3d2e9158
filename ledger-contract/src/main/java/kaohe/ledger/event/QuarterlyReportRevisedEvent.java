package kaohe.ledger.event;

import java.util.List;

/** The report's narrative or evidence references changed before submission; old and new values recorded. */
public record QuarterlyReportRevisedEvent(String reportId, String narrativeBefore, String narrative,
                                          List<String> evidenceBefore, List<String> evidence) {
}
