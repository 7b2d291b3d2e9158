package kaohe.supervision.inbox;

import java.time.Instant;
import java.time.LocalDate;

/** One reminder in a person's inbox; {@code kind} is the reminder's step ("before-3", "due", "after-1" …). */
public record InboxItem(String id, String kind, String title, String body, String link, String planId,
                        String department, LocalDate dueOn, Instant createdAt, Instant readAt) {
}
