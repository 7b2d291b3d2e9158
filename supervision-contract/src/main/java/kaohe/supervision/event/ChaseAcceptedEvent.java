package kaohe.supervision.event;

import java.time.LocalDate;

/** The office reviewed round {@code round} and accepted it (复核通过), with an optional comment. */
public record ChaseAcceptedEvent(String chaseId, String planId, String department, int round, String comment,
                                 LocalDate acceptedOn) {
}
