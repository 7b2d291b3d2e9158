package kaohe.supervision.event;

import java.time.LocalDate;

/**
 * The office reviewed round {@code round} and sent it back (复核退回): the chase is open again until
 * {@code replyBy}. The mandatory reason is in the event's metadata.
 */
public record ChaseSentBackEvent(String chaseId, String planId, String department, int round,
                                 LocalDate replyByBefore, LocalDate replyBy) {
}
