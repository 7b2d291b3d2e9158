package kaohe.supervision.delivery.web;

import kaohe.supervision.delivery.DeliveryStatus;
import kaohe.supervision.event.Channel;

import java.time.Instant;

/** One recorded delivery as the office's page shows it, with its last error if any. */
public record DeliveryView(long id, String obligationKey, String step, String recipientId, String recipientName,
                           String audience, Channel channel, String planId, String department, String title,
                           String link, Instant dueAt, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                           Instant acceptedAt, String lastError, Instant lastErrorAt, Instant createdAt) {
}
