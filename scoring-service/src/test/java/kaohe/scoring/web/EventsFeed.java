package kaohe.scoring.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.EventMetadata;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.HashMap;
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
    private final boolean underBusinessDates;

    public EventsFeed(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this(kafka, json, false);
    }

    private EventsFeed(KafkaTemplate<String, String> kafka, ObjectMapper json, boolean underBusinessDates) {
        this.kafka = kafka;
        this.json = json;
        this.underBusinessDates = underBusinessDates;
    }

    /**
     * The producers of a demonstration on a set business date: each event is stamped with the real instant and
     * carries the business day on which it happened (the day of the instant the script gives) in its metadata.
     */
    public static EventsFeed underBusinessDates(KafkaTemplate<String, String> kafka, ObjectMapper json) {
        return new EventsFeed(kafka, json, true);
    }

    public EventEnvelope publish(String context, String aggregateId, long sequence, Instant occurredAt,
                                 Object event) {
        Map<String, Object> metadata = new HashMap<>(Map.of("actorId", "feed", "actorName", "测试"));
        if (underBusinessDates) {
            metadata.put(EventMetadata.BUSINESS_DATE, BusinessDay.dayOf(occurredAt).toString());
        }
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypeNames.of(context, event.getClass()),
                event.getClass().getSimpleName().replace("Event", ""), aggregateId, sequence,
                underBusinessDates ? Instant.now() : occurredAt, metadata, json.valueToTree(event));
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
