package kaohe.platform.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event types a consumer met that it neither handles nor deliberately ignores: a renamed or new (v2) event its
 * code does not know yet. Never dropped in silence: logged once per type, counted
 * ({@code kaohe.consumer.unknown_types{consumer,type}}) and shown by the {@code consumers} health details.
 */
public class UnknownEventTypes {

    private static final Logger log = LoggerFactory.getLogger(UnknownEventTypes.class);

    private final MeterRegistry meters;
    private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();

    public UnknownEventTypes(MeterRegistry meters) {
        this.meters = meters;
    }

    public void met(String consumer, String type) {
        Counter.builder("kaohe.consumer.unknown_types").tag("consumer", consumer).tag("type", type)
                .description("events of a type the consumer neither handles nor ignores")
                .register(meters).increment();
        if (seen.computeIfAbsent(consumer, any -> ConcurrentHashMap.newKeySet()).add(type)) {
            log.warn("consumer {} met events of type {}, which it neither handles nor ignores: they change nothing "
                    + "here until its code decides", consumer, type);
        }
    }

    /** Per consumer, the unknown types met since this instance started. */
    public Map<String, Set<String>> byConsumer() {
        var copy = new TreeMap<String, Set<String>>();
        seen.forEach((consumer, types) -> copy.put(consumer, new TreeSet<>(types)));
        return copy;
    }
}
