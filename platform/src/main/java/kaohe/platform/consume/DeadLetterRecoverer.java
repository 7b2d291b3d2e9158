package kaohe.platform.consume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaUtils;

import java.util.HashSet;
import java.util.Set;

/**
 * Gives a record up once its retries are spent: kept in the consumer's {@code dead_letter} table first (what the
 * health details, the metrics and the replay read), then published to the service's dead-letter topic
 * {@code kaohe.<context>.dlt} with Spring Kafka's failure headers (exception, original topic, partition, offset,
 * consumer group). If either step fails, Spring Kafka retries the record — it is never skipped unrecorded.
 */
public class DeadLetterRecoverer implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    private final DeadLetterStore store;
    private final DeadLetterPublishingRecoverer publisher;
    private final KafkaAdmin admin;
    private final NewTopic topic;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    /** The topic is created at start, unless the broker was down then: the first letter creates it. */
    private volatile boolean topicEnsured;

    public DeadLetterRecoverer(DeadLetterStore store, KafkaTemplate<String, String> kafka, KafkaAdmin admin,
                               NewTopic topic, ObjectMapper json, MeterRegistry meters) {
        this.store = store;
        this.admin = admin;
        this.topic = topic;
        this.json = json;
        this.meters = meters;
        // a negative partition lets the producer place it by key: the topic need not mirror every source's partitions
        this.publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(topic.name(), -1));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception failure) {
        String group = consumer != null ? consumer.groupMetadata().groupId() : KafkaUtils.getConsumerGroupId();
        String value = record.value() == null ? "" : record.value().toString();
        JsonNode envelope = envelope(value);
        String description = describe(failure);
        if (store.add(group, record.topic(), record.partition(), record.offset(),
                record.key() == null ? null : record.key().toString(), text(envelope, "eventId"),
                text(envelope, "type"), description, value)) {
            Counter.builder("kaohe.consumer.dead_letters").tag("consumer", group)
                    .description("records a consumer gave up after its retries").register(meters).increment();
        }
        if (!topicEnsured) {
            admin.createOrModifyTopics(topic);
            topicEnsured = true;
        }
        publisher.accept(record, consumer, failure);
        log.error("consumer {} gave up {}-{}@{} after its retries; kept as a dead letter: {}", group, record.topic(),
                record.partition(), record.offset(), description);
    }

    /** The failure's chain of causes, one line, without the listener's own wrapper. */
    static String describe(Throwable failure) {
        var text = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ListenerExecutionFailedException && cause.getCause() != null) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private JsonNode envelope(String value) {
        try {
            return json.readTree(value);
        } catch (Exception malformed) {
            return null;
        }
    }

    private static String text(JsonNode envelope, String field) {
        if (envelope == null || !envelope.path(field).isTextual()) {
            return null;
        }
        String text = envelope.path(field).asText();
        return text.length() <= 255 ? text : text.substring(0, 255);
    }
}
