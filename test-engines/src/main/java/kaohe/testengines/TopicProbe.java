package kaohe.testengines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a topic of the test engines from the start until a given event's envelope arrives. */
public final class TopicProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicProbe() {
    }

    /** The envelope of {@code eventId} on {@code topic}, checking it is keyed by its aggregate id. */
    public static JsonNode awaitEvent(String topic, String eventId, Duration within) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.get().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode envelope = JSON.readTree(record.value());
                    if (envelope.path("eventId").asText().equals(eventId)) {
                        if (!envelope.path("aggregateId").asText().equals(record.key())) {
                            throw new AssertionError("event " + eventId + " keyed by " + record.key()
                                    + ", not by its aggregate id");
                        }
                        return envelope;
                    }
                }
            }
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
        throw new AssertionError("event " + eventId + " did not reach " + topic + " within " + within);
    }
}
