package kaohe.supervision.event;

import java.time.LocalDate;

/** The office closed an accepted 督办单 (办结) after {@code rounds} rounds, {@code daysLate} days late in all. */
public record ChaseClosedEvent(String chaseId, String planId, String department, LocalDate closedOn, int rounds,
                               int daysLate) {
}
