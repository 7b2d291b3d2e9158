package kaohe.platform.consume;

import java.time.Instant;

/** A record a consumer gave up after its retries, as kept in the consumer's database. */
public record DeadLetter(long id, String consumer, String topic, int partition, long offset, String key,
                         String eventId, String type, String failure, String record, Instant deadLetteredAt) {
}
