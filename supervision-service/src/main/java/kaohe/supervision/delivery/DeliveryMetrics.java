package kaohe.supervision.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import kaohe.supervision.event.Channel;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The delivery figures on /actuator/prometheus: {@code kaohe.reminder.deliveries} (channel, outcome) counts every
 * outcome; {@code kaohe.reminder.delivery} times a reminder from falling due to its channel's acceptance;
 * {@code kaohe.reminder.outbox} (channel, state pending|failed) gauges what waits or gave up, as of the dispatcher's
 * last round (a scrape never queries the database).
 */
@Component
public class DeliveryMetrics {

    private static final Set<DeliveryStatus> PENDING = Set.of(DeliveryStatus.PENDING, DeliveryStatus.HELD,
            DeliveryStatus.RETRYING, DeliveryStatus.SENDING);
    /** The states the outbox gauges count: what waits, and what gave up. */
    public static final Set<DeliveryStatus> GAUGED = EnumSet.of(DeliveryStatus.FAILED,
            PENDING.toArray(DeliveryStatus[]::new));

    private final MeterRegistry meters;
    private final Map<Channel, AtomicLong> pending = new EnumMap<>(Channel.class);
    private final Map<Channel, AtomicLong> failed = new EnumMap<>(Channel.class);

    public DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (Channel channel : Channel.values()) {
            pending.put(channel, gauge(channel, "pending"));
            failed.put(channel, gauge(channel, "failed"));
        }
    }

    public void outcome(Channel channel, DeliveryStatus outcome) {
        Counter.builder("kaohe.reminder.deliveries").tag("channel", channel.name())
                .tag("outcome", outcome.name().toLowerCase()).register(meters).increment();
    }

    public void accepted(Channel channel, Instant dueAt, Instant acceptedAt) {
        outcome(channel, DeliveryStatus.SENT);
        Duration took = Duration.between(dueAt, acceptedAt);
        Timer.builder("kaohe.reminder.delivery").tag("channel", channel.name()).publishPercentileHistogram()
                .register(meters).record(took.isNegative() ? Duration.ZERO : took);
    }

    public void counts(Map<Channel, Map<DeliveryStatus, Long>> counts) {
        counts.forEach((channel, byStatus) -> {
            pending.get(channel).set(byStatus.entrySet().stream().filter(entry -> PENDING.contains(entry.getKey()))
                    .mapToLong(Map.Entry::getValue).sum());
            failed.get(channel).set(byStatus.getOrDefault(DeliveryStatus.FAILED, 0L));
        });
    }

    private AtomicLong gauge(Channel channel, String state) {
        var value = new AtomicLong();
        Gauge.builder("kaohe.reminder.outbox", value, AtomicLong::get).tag("channel", channel.name())
                .tag("state", state).register(meters);
        return value;
    }
}
