package kaohe.ledger.event;

import java.time.LocalDate;
import java.util.List;

/**
 * What a ledger task says under the six defines (六定) and its main measures. Any field may still be empty while
 * the task is a draft. A purely qualitative task ({@code qualitative}) has no quantity; its standard then says
 * how done is judged.
 */
public record SixDefines(String nature, Quantity quantity, boolean qualitative, String standard,
                         LocalDate deadline, List<Milestone> milestones, String responsibleUnit,
                         String responsiblePerson, String measures) {
}
