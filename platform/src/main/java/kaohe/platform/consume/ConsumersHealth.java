package kaohe.platform.consume;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code consumers} in /actuator/health: per Kafka consumer of this service, its unresolved dead letters, whether its
 * projection is {@code behind} (it lacks events it gave up) and the unknown event types it met. Always UP: a
 * projection behind is a warning for operators (metrics, this detail, the replay endpoint), not a reason for a load
 * balancer to take an instance out that still serves everything else correctly as of what it applied.
 */
public class ConsumersHealth implements HealthIndicator {

    private final DeadLetterStore letters;
    private final UnknownEventTypes unknownTypes;
    private final KafkaListenerEndpointRegistry listeners;

    public ConsumersHealth(DeadLetterStore letters, UnknownEventTypes unknownTypes,
                           KafkaListenerEndpointRegistry listeners) {
        this.letters = letters;
        this.unknownTypes = unknownTypes;
        this.listeners = listeners;
    }

    @Override
    public Health health() {
        Map<String, Long> unresolved;
        try {
            unresolved = letters.unresolvedByConsumer();
        } catch (RuntimeException databaseDown) {
            return Health.up().withDetail("deadLetters", "unknown: " + databaseDown.getMessage()).build();
        }
        var unknown = unknownTypes.byConsumer();
        Set<String> consumers = new TreeSet<>(unresolved.keySet());
        consumers.addAll(unknown.keySet());
        listeners.getListenerContainers().stream().map(container -> container.getGroupId())
                .filter(group -> group != null).forEach(consumers::add);
        var health = Health.up();
        for (String consumer : consumers) {
            long count = unresolved.getOrDefault(consumer, 0L);
            var detail = new LinkedHashMap<String, Object>();
            detail.put("unresolvedDeadLetters", count);
            detail.put("behind", count > 0);
            detail.put("unknownTypes", unknown.getOrDefault(consumer, Set.of()));
            health.withDetail(consumer, detail);
        }
        return health.build();
    }
}
