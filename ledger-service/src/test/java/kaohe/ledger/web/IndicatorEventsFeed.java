package kaohe.ledger.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays the producing services (indicator, evidence): publishes their contracts' event records on their topics in
 * the platform's envelope, exactly as their publishers do, so the ledger's consumers are tested against them.
 */
public class IndicatorEventsFeed {

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    public IndicatorEventsFeed(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** Publishes the indicator context's {@code event} of aggregate {@code aggregateId}; returns the envelope. */
    public EventEnvelope publish(String aggregateType, String aggregateId, long sequence, Object event) {
        return publish("indicator", aggregateType, aggregateId, sequence, event);
    }

    /** Publishes {@code event} of another producing context on its topic {@code kaohe.<context>}. */
    public EventEnvelope publish(String context, String aggregateType, String aggregateId, long sequence,
                                 Object event) {
        var envelope = new EventEnvelope(UUID.randomUUID().toString(),
                EventTypeNames.of(context, event.getClass()), aggregateType, aggregateId, sequence,
                Instant.now(), Map.of("actorId", "office-admin", "actorName", "办公室管理员"),
                json.valueToTree(event));
        send(envelope);
        return envelope;
    }

    /** Sends an envelope as is: a redelivery, or one of a type the ledger does not know. */
    public void send(EventEnvelope envelope) {
        try {
            String context = envelope.type().substring(0, envelope.type().indexOf('.'));
            kafka.send("kaohe." + context, envelope.aggregateId(), json.writeValueAsString(envelope))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException
                 | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }
}
