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
 * Plays the indicator service: publishes its contract's event records on its topic in the platform's envelope,
 * exactly as its publisher does, so the ledger's consumer is tested against the producer's contract.
 */
public class IndicatorEventsFeed {

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    public IndicatorEventsFeed(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** Publishes {@code event} of aggregate {@code aggregateId}; returns the envelope sent. */
    public EventEnvelope publish(String aggregateType, String aggregateId, long sequence, Object event) {
        var envelope = new EventEnvelope(UUID.randomUUID().toString(),
                EventTypeNames.of("indicator", event.getClass()), aggregateType, aggregateId, sequence,
                Instant.now(), Map.of("actorId", "office-admin", "actorName", "办公室管理员"),
                json.valueToTree(event));
        send(envelope);
        return envelope;
    }

    /** Sends an envelope as is: a redelivery, or one of a type the ledger does not know. */
    public void send(EventEnvelope envelope) {
        try {
            kafka.send("kaohe.indicator", envelope.aggregateId(), json.writeValueAsString(envelope))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException
                 | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }
}
