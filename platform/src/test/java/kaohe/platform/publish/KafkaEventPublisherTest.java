package kaohe.platform.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.testengines.TestEngines;
import kaohe.testengines.TopicProbe;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The publisher on a real broker: a batch commits only once Kafka acknowledged it, so with Kafka down the batch
 * fails, its tracking token stays where it was, and the same events are published when Kafka is back.
 */
class KafkaEventPublisherTest {

    record TargetRevisedEvent(String indicatorId, int value) {
    }

    record TargetWeighedEvent(String indicatorId, BigDecimal weight, List<String> departments, Instant dueAt) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    private static KafkaTemplate<String, String> kafka(String bootstrap) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    private static GenericDomainEventMessage<TargetRevisedEvent> event(String aggregateId) {
        return new GenericDomainEventMessage<>("Indicator", aggregateId, 3, new TargetRevisedEvent(aggregateId, 35),
                MetaData.with("actorId", "office-admin").and("reason", "市考核办调整"));
    }

    /** The event as the tracking processor reads it from the store: payload and metadata still serialized. */
    private GenericDomainEventMessage<?> stored(GenericDomainEventMessage<?> event) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), new SerializedMessage<>(event.getIdentifier(),
                event.serializePayload(serializer, byte[].class), event.serializeMetaData(serializer, byte[].class),
                serializer), event::getTimestamp);
    }

    private void publishInOneBatch(KafkaTemplate<String, String> kafka, GenericDomainEventMessage<?> event) {
        var publisher = new KafkaEventPublisher(kafka, json, serializer, "indicator", "kaohe.indicator",
                new SimpleMeterRegistry());
        DefaultUnitOfWork.startAndGet(event).execute(() -> {
            try {
                publisher.on(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aBatchCommitsAfterKafkaAcknowledgedItAndTheEnvelopeCarriesEverything() throws Exception {
        String aggregateId = UUID.randomUUID().toString();
        var event = event(aggregateId);

        publishInOneBatch(kafka(TestEngines.get().kafkaBootstrap()), event);

        JsonNode envelope = awaitEnvelope(event.getIdentifier());
        assertThat(envelope.get("type").asText()).isEqualTo("indicator.TargetRevised.v1");
        assertThat(envelope.get("aggregateType").asText()).isEqualTo("Indicator");
        assertThat(envelope.get("aggregateId").asText()).isEqualTo(aggregateId);
        assertThat(envelope.get("sequence").asLong()).isEqualTo(3);
        assertThat(envelope.get("metadata").get("reason").asText()).isEqualTo("市考核办调整");
        assertThat(envelope.get("payload").get("value").asInt()).isEqualTo(35);
        assertThat(Instant.parse(envelope.get("occurredAt").asText())).isEqualTo(event.getTimestamp());
    }

    /**
     * A stored event goes out as stored, never deserialised: its envelope is the one the round trip through its
     * record gave (payload and metadata as this mapper writes them), read here as the probe reads every envelope.
     */
    @Test
    void aStoredEventIsPublishedAsTheRoundTripThroughItsRecordWouldWriteIt() throws Exception {
        String aggregateId = UUID.randomUUID().toString();
        var original = new GenericDomainEventMessage<>("Indicator", aggregateId, 4,
                new TargetWeighedEvent(aggregateId, new BigDecimal("12.50"), List.of("办公室", "政策法规处"),
                        Instant.parse("2026-03-31T16:00:00Z")),
                MetaData.with("actorId", "office-admin").and("reason", "权重“调整”\n第二行").and("attempt", 2));
        var stored = stored(original);

        publishInOneBatch(kafka(TestEngines.get().kafkaBootstrap()), stored);

        JsonNode envelope = awaitEnvelope(original.getIdentifier());
        assertThat(envelope.get("type").asText()).isEqualTo("indicator.TargetWeighed.v1");
        var probe = new ObjectMapper();
        assertThat(envelope.get("payload")).isEqualTo(probe.readTree(json.writeValueAsString(original.getPayload())));
        assertThat(envelope.get("payload").get("departments").get(1).asText()).isEqualTo("政策法规处");
        assertThat(envelope.get("metadata"))
                .isEqualTo(probe.readTree(json.writeValueAsString(Map.copyOf(original.getMetaData()))));
        assertThat(envelope.get("metadata").get("reason").asText()).isEqualTo("权重“调整”\n第二行");
        assertThat(json.treeToValue(envelope, EventEnvelope.class).occurredAt()).isEqualTo(original.getTimestamp());
        assertThat(stored.getPayload()).isEqualTo(original.getPayload()); // the message itself is intact
    }

    @Test
    void refusesAStoreWhoseJsonIsNotThisMappers() {
        var otherMapper = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();
        assertThatThrownBy(() -> new KafkaEventPublisher(kafka("127.0.0.1:9"), json, otherMapper, "indicator",
                "kaohe.indicator", new SimpleMeterRegistry()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ObjectMapper");
    }

    @Test
    void withKafkaDownTheBatchFailsSoItsEventsArePublishedAgainLater() throws Exception {
        int nobodyListens;
        try (var socket = new ServerSocket(0)) {
            nobodyListens = socket.getLocalPort();
        }
        var event = event(UUID.randomUUID().toString());

        assertThatThrownBy(() -> publishInOneBatch(kafka("127.0.0.1:" + nobodyListens), event))
                .hasMessageContaining("will be published again");

        publishInOneBatch(kafka(TestEngines.get().kafkaBootstrap()), event);
        assertThat(awaitEnvelope(event.getIdentifier()).get("aggregateId").asText())
                .isEqualTo(event.getAggregateIdentifier());
    }

    private static JsonNode awaitEnvelope(String eventId) {
        return TopicProbe.awaitEvent("kaohe.indicator", eventId, Duration.ofSeconds(30));
    }
}
