package kaohe.platform.consume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import kaohe.platform.publish.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Consumes events from Kafka exactly once in effect: the event id is recorded in the same transaction as the
 * projection change, so a redelivered event (Kafka is at-least-once) is recognised and skipped.
 */
public class IdempotentConsumer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper objectMapper;
    private final MeterRegistry meters;
    private final UnknownEventTypes unknownTypes;

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper objectMapper,
                              MeterRegistry meters, UnknownEventTypes unknownTypes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.objectMapper = objectMapper;
        this.meters = meters;
        this.unknownTypes = unknownTypes;
    }

    /**
     * The envelope of a record's value. Listeners take the {@code ConsumerRecord} itself, not its value: Spring Kafka
     * then calls them without first converting each record into a message with headers.
     */
    public EventEnvelope read(String json) {
        try {
            return objectMapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("not an event envelope", malformed);
        }
    }

    /** A new, empty table of what {@code consumer} does with each event type of the producing {@code context}. */
    public EventHandlers handlers(String consumer, String context) {
        return new EventHandlers(consumer, context, objectMapper, unknownTypes);
    }

    /**
     * Applies the event with {@code handlers} unless their consumer has already processed it; true if it ran. An
     * event of a type the consumer ignores changes nothing, so it opens no transaction and leaves no mark (most of
     * a context's events are ignored by most of its consumers: a transaction each cost a commit and a WAL flush).
     */
    public boolean consume(EventEnvelope envelope, EventHandlers handlers) {
        if (!handlers.handles(envelope.type())) {
            handlers.apply(envelope); // an unknown type is reported, an ignored one is not
            return false;
        }
        return consume(handlers.consumer(), envelope, handlers::apply);
    }

    /**
     * Applies the event to each projection one consumer group feeds, in order, each in its own transaction under its
     * own mark. A service reads a topic once however many of its projections it feeds: a group per projection
     * fetched and parsed every record once per projection. If one fails, the record fails and is redelivered; the
     * projections already through it are skipped by their marks.
     */
    public void consumeEach(EventEnvelope envelope, EventHandlers... projections) {
        for (EventHandlers projection : projections) {
            consume(envelope, projection);
        }
    }

    /** Runs {@code handler} unless {@code consumer} has already processed this event; true if it ran. */
    public boolean consume(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> handler) {
        Boolean ran = transactions.execute(status -> {
            int inserted = jdbc.update("""
                    INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)
                    ON CONFLICT (consumer, event_id) DO NOTHING""", consumer, envelope.eventId());
            if (inserted == 0) {
                return false;
            }
            handler.accept(envelope);
            return true;
        });
        if (Boolean.TRUE.equals(ran)) {
            Timer.builder("kaohe.projection.lag").tag("consumer", consumer).publishPercentileHistogram()
                    .register(meters).record(Duration.between(envelope.occurredAt(), Instant.now()));
        }
        return Boolean.TRUE.equals(ran);
    }
}
