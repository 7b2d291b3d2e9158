package kaohe.ledger.web;

import kaohe.platform.consume.IdempotentConsumer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A consumer of the ledger service like its real ones (an idempotent consumer under the platform's error handler),
 * on a topic of its own, whose handler fails as a test tells it to: the failures a database outage or a handler bug
 * would cause, at will.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlakyListener {

    static final String CONSUMER = "ledger-test-flaky";
    static final String TOPIC = "kaohe.test.flaky";

    private final IdempotentConsumer consumer;
    private final Map<String, Queue<RuntimeException>> planned = new ConcurrentHashMap<>();
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Set<String> applied = ConcurrentHashMap.newKeySet();

    public FlakyListener(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Bean
    NewTopic flakyTopic() {
        return new NewTopic(TOPIC, 1, (short) 1);
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, topics = TOPIC)
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, consumer.read(record.value()), envelope -> {
            String eventId = envelope.eventId();
            attempts.merge(eventId, 1, Integer::sum);
            var failure = Optional.ofNullable(planned.get(eventId)).map(Queue::poll);
            if (failure.isPresent()) {
                throw failure.get();
            }
            if (broken.contains(eventId)) {
                throw new IllegalStateException("handler bug on " + eventId);
            }
            applied.add(eventId);
        });
    }

    /** The next attempts at {@code eventId} fail with these, one each. */
    void failNext(String eventId, RuntimeException... failures) {
        planned.computeIfAbsent(eventId, id -> new ConcurrentLinkedQueue<>()).addAll(List.of(failures));
    }

    void breakOn(String eventId) {
        broken.add(eventId);
    }

    void repair(String eventId) {
        broken.remove(eventId);
    }

    int attempts(String eventId) {
        return attempts.getOrDefault(eventId, 0);
    }

    boolean applied(String eventId) {
        return applied.contains(eventId);
    }
}
