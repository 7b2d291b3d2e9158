package kaohe.platform.publish;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every event of this service's store to its context topic, at least once: a tracking processor reads
 * the store, sends a batch, and advances its token only after Kafka acknowledged every send of the batch. With
 * Kafka down the batch fails, the processor backs off and retries, and nothing is skipped.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper objectMapper;
    private final Serializer eventSerializer;
    private final String context;
    private final String topic;
    private final Timer publishLag;

    public KafkaEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper,
                               Serializer eventSerializer, String context, String topic, MeterRegistry meters) {
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.eventSerializer = requireSameJson(eventSerializer, objectMapper);
        this.context = context;
        this.topic = topic;
        this.publishLag = Timer.builder("kaohe.events.publish.lag")
                .description("from an event's append to Kafka's acknowledgement of it")
                .tag("topic", topic)
                .publishPercentileHistogram()
                .register(meters);
    }

    /**
     * The event's payload and metadata go out as the store holds them, without deserialising them into records
     * and serialising them again (~5 % of a command's CPU in indicator-service, JFR): the store's serializer is
     * Jackson on this same mapper ({@link #requireSameJson}), so the JSON is the one the round trip would give.
     */
    @EventHandler
    public void on(EventMessage<?> event) throws Exception {
        if (!(event instanceof DomainEventMessage<?> domainEvent)) {
            return;
        }
        var envelope = new StoredEnvelope(event.getIdentifier(), EventTypeNames.of(context, event.getPayloadType()),
                domainEvent.getType(), domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(),
                event.getTimestamp(), event.serializeMetaData(eventSerializer, String.class).getData(),
                event.serializePayload(eventSerializer, String.class).getData());
        Instant appendedAt = event.getTimestamp();
        String message = objectMapper.writeValueAsString(envelope);
        CompletableFuture<Void> sent;
        try {
            sent = kafka.send(topic, envelope.aggregateId(), message)
                    .thenRun(() -> publishLag.record(Duration.between(appendedAt, Instant.now())));
        } catch (RuntimeException refusedAtOnce) {
            // e.g. no metadata within max.block.ms: fail the batch the same way as a late failure
            sent = CompletableFuture.failedFuture(refusedAtOnce);
        }
        pendingSendsOfThisBatch().add(sent);
    }

    /** {@link EventEnvelope} as it is written: its metadata and payload already JSON. */
    private record StoredEnvelope(String eventId, String type, String aggregateType, String aggregateId,
                                  long sequence, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant occurredAt,
                                  @JsonRawValue String metadata, @JsonRawValue String payload) {
    }

    /**
     * The stored JSON is published as it is only if it is the JSON this mapper writes: events stored by another
     * serializer (XStream, CBOR, another mapper's settings) would reach the other services in another form.
     */
    static Serializer requireSameJson(Serializer eventSerializer, ObjectMapper objectMapper) {
        if (!(eventSerializer instanceof JacksonSerializer jackson) || jackson.getObjectMapper() != objectMapper) {
            throw new IllegalStateException("the event store's serializer must be Jackson on the application's "
                    + "ObjectMapper: the publisher sends the stored JSON as the envelope's payload");
        }
        return eventSerializer;
    }

    /** Sends go out asynchronously; the batch commits only when all of them are acknowledged. */
    private List<CompletableFuture<Void>> pendingSendsOfThisBatch() {
        var unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<Void>> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(uow -> awaitAll(pending));
            return pending;
        });
    }

    private static void awaitAll(List<CompletableFuture<Void>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Kafka did not acknowledge the batch; it will be published again",
                    failed);
        }
    }
}
