package kaohe.evidence.event;

import java.time.LocalDate;

/**
 * Evidence attached by reference to a ledger task, monthly check or quarterly report ({@code targetType} TASK,
 * CHECK, REPORT) for a reporting period; {@code outsidePeriod} flags a photo taken outside it (flagged, not refused).
 */
public record EvidenceLinkedEvent(String evidenceId, String targetType, String targetId, String period,
                                  LocalDate periodStart, LocalDate periodEnd, boolean outsidePeriod) {
}
