package kaohe.platform.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final String context;
    private final String topic;
    private final Timer publishLag;

    public KafkaEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper, String context,
                               String topic, MeterRegistry meters) {
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.context = context;
        this.topic = topic;
        this.publishLag = Timer.builder("kaohe.events.publish.lag")
                .description("from an event's append to Kafka's acknowledgement of it")
                .tag("topic", topic)
                .publishPercentileHistogram()
                .register(meters);
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> event) throws Exception {
        if (!(event instanceof DomainEventMessage<?> domainEvent)) {
            return;
        }
        var envelope = new EventEnvelope(event.getIdentifier(), EventTypeNames.of(context, payload.getClass()),
                domainEvent.getType(), domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(),
                event.getTimestamp(), Map.copyOf(event.getMetaData()), objectMapper.valueToTree(payload));
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
