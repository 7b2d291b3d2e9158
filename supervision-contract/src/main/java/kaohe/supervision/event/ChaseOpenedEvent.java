package kaohe.supervision.event;

import java.time.LocalDate;

/** The office opened a 督办单 (立项) to {@code department}: what it chases, why, and the reply-by date. */
public record ChaseOpenedEvent(String chaseId, String planId, String department, ChaseSubject subject,
                               String title, String message, LocalDate replyBy, LocalDate openedOn) {
}
