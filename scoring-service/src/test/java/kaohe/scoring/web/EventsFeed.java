package kaohe.scoring.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Plays the producing contexts (indicator, ledger, evidence): publishes their contracts' event records on their
 * topics in the platform's envelope, stamped with the instant they happened, so scores can be checked as of a day.
 */
public class EventsFeed {

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    public EventsFeed(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    public EventEnvelope publish(String context, String aggregateId, long sequence, Instant occurredAt,
                                 Object event) {
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypeNames.of(context, event.getClass()),
                event.getClass().getSimpleName().replace("Event", ""), aggregateId, sequence, occurredAt,
                Map.of("actorId", "feed", "actorName", "测试"), json.valueToTree(event));
        send(envelope);
        return envelope;
    }

    /** Sends an envelope as is: a redelivery. */
    public void send(EventEnvelope envelope) {
        try {
            String context = envelope.type().substring(0, envelope.type().indexOf('.'));
            kafka.send("kaohe." + context, envelope.aggregateId(), json.writeValueAsString(envelope))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }
}
