package kaohe.supervision.obligation;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Plays the producing services (identity, indicator, ledger, and this context's 督办单): publishes their contracts'
 * event records on their topics in the platform's envelope, as their publishers do, recorded on a business day.
 */
public class EventsFeed {

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    public EventsFeed(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** {@code context}'s event of aggregate {@code aggregateId}, recorded on {@code day}; returns the envelope. */
    public EventEnvelope publish(String context, String aggregateId, LocalDate day, Object event) {
        var envelope = envelope(json, context, aggregateId, day, event);
        send(envelope);
        return envelope;
    }

    public static EventEnvelope envelope(ObjectMapper json, String context, String aggregateId, LocalDate day,
                                         Object event) {
        var metadata = new HashMap<String, Object>(Map.of("actorId", "office-admin", "actorName", "办公室管理员"));
        if (day != null) {
            metadata.put("businessDate", day.toString());
        }
        return new EventEnvelope(UUID.randomUUID().toString(), EventTypeNames.of(context, event.getClass()),
                event.getClass().getSimpleName(), aggregateId, 0, Instant.now(), metadata, json.valueToTree(event));
    }

    /** Sends an envelope as is: also a redelivery of one sent before. */
    public void send(EventEnvelope envelope) {
        try {
            String context = envelope.type().substring(0, envelope.type().indexOf('.'));
            kafka.send("kaohe." + context, envelope.aggregateId(), json.writeValueAsString(envelope))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException("could not publish " + envelope.type(), failed);
        }
    }
}
