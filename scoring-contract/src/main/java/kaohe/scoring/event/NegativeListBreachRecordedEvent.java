package kaohe.scoring.event;

import java.time.LocalDate;
import java.util.List;

/**
 * The office recorded a breach of a negative-list item (负面清单) by a department: which item, on what date, what
 * happened, the evidence, and who confirmed it.
 */
public record NegativeListBreachRecordedEvent(String breachId, String planId, String department,
                                              String indicatorId, LocalDate occurredOn, String description,
                                              List<String> evidence, String confirmedBy) {
}
