package kaohe.supervision.delivery;

import jakarta.annotation.PreDestroy;
import kaohe.supervision.delivery.channel.ChannelSender;
import kaohe.supervision.delivery.channel.InDoubtException;
import kaohe.supervision.event.Channel;
import kaohe.supervision.policy.ReminderPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what the outbox recorded, at most once per row. A round claims due rows with {@code FOR UPDATE SKIP LOCKED}
 * (any number of instances may run rounds at once), decides each in that transaction — still quiet (HELD until the
 * quiet hours end), never sendable (SKIPPED), over the recipient's hourly rate (HELD until the window frees) — and
 * marks the rest SENDING, committed before any channel is called. Only then is each handed to its channel and
 * marked SENT, or RETRYING with back-off (FAILED after {@link BackOff#MAX_ATTEMPTS} tries). A row still SENDING
 * long after its claim was being sent when its process died: whether the channel got it is unknown, and it is
 * marked UNCERTAIN, never sent again, as is a send the channel may have taken without answering — in doubt, at
 * most once (a reminder missed is visible on the office's page; a reminder sent twice cannot be taken back).
 */
@Component
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final Duration RATE_WINDOW = Duration.ofHours(1);

    private final DeliveryRows rows;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final ReminderPolicies policies;
    private final DeliverySettings settings;
    private final DeliveryMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService poked = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "reminder-dispatch-poke"));
    /** A round's sends run side by side: one slow SMTP conversation or robot does not hold up the others. */
    private final ExecutorService sending;
    private final AtomicBoolean pokeQueued = new AtomicBoolean();

    public DeliveryDispatcher(DeliveryRows rows, List<ChannelSender> senders, ReminderPolicies policies,
                              DeliverySettings settings, DeliveryMetrics metrics, TransactionTemplate transactions,
                              Clock clock) {
        this.rows = rows;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.policies = policies;
        this.settings = settings;
        this.metrics = metrics;
        this.transactions = transactions;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.sending = Executors.newFixedThreadPool(settings.delivery().senders(),
                task -> new Thread(task, "reminder-send-" + threads.incrementAndGet()));
    }

    /** Right after an enqueue: a round now rather than at the next tick (one queued at most). */
    public void poke() {
        if (pokeQueued.compareAndSet(false, true)) {
            poked.execute(() -> {
                pokeQueued.set(false);
                dispatch();
            });
        }
    }

    @Scheduled(fixedDelayString = "${kaohe.supervision.delivery.interval:PT1S}",
            initialDelayString = "${kaohe.supervision.delivery.interval:PT1S}")
    public void dispatch() {
        try {
            rows.markInDoubt(settings.delivery().inDoubtAfter())
                    .forEach(channel -> metrics.outcome(channel, DeliveryStatus.UNCERTAIN));
            Round round;
            do {
                round = transactions.execute(status -> claim());
                sendAll(round.sending());
            } while (round.claimed() >= settings.delivery().batch());
            metrics.counts(rows.countsByChannel(DeliveryMetrics.GAUGED));
        } catch (RuntimeException failed) {
            log.warn("Reminder dispatch round failed; the next round tries again", failed);
        }
    }

    private record Round(int claimed, List<Delivery> sending) {
    }

    private Round claim() {
        Instant now = clock.instant();
        List<Delivery> due = rows.claimDue(now, settings.delivery().batch());
        List<Delivery> sending = new ArrayList<>();
        Map<String, Optional<Instant>> quietUntil = new HashMap<>();
        for (Delivery delivery : due) {
            if (ready(delivery, now, quietUntil.computeIfAbsent(delivery.planId(),
                    plan -> QuietHours.of(policies, plan).endOf(now)))) {
                rows.markSending(delivery.id(), now);
                sending.add(delivery);
            }
        }
        return new Round(due.size(), sending);
    }

    /** Whether {@code delivery} may go now; if not, it is held or skipped here. */
    private boolean ready(Delivery delivery, Instant now, Optional<Instant> quietUntil) {
        if (quietUntil.isPresent()) {
            hold(delivery, quietUntil.get());
            return false;
        }
        Optional<String> skip = Optional.ofNullable(senders.get(delivery.channel()))
                .map(sender -> sender.skipReason(delivery)).orElse(Optional.of("no sender for this channel"));
        if (skip.isPresent()) {
            rows.skip(delivery.id(), skip.get(), now);
            metrics.outcome(delivery.channel(), DeliveryStatus.SKIPPED);
            return false;
        }
        var window = rows.rateWindow(delivery.recipientId(), now.minus(RATE_WINDOW));
        if (window.sent() >= settings.rate().perRecipientPerHour()) {
            hold(delivery, window.oldest() == null ? now.plus(RATE_WINDOW) : window.oldest().plus(RATE_WINDOW));
            return false;
        }
        return true;
    }

    private void hold(Delivery delivery, Instant until) {
        rows.hold(delivery.id(), until);
        metrics.outcome(delivery.channel(), DeliveryStatus.HELD);
    }

    private void sendAll(List<Delivery> deliveries) {
        List<Future<?>> sends = deliveries.stream().<Future<?>>map(delivery -> sending.submit(() -> send(delivery)))
                .toList();
        for (Future<?> send : sends) {
            try {
                send.get();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException failed) {
                log.warn("Recording a reminder's outcome failed; its row stays SENDING and becomes UNCERTAIN",
                        failed.getCause());
            }
        }
    }

    private void send(Delivery delivery) {
        try {
            senders.get(delivery.channel()).send(delivery);
        } catch (InDoubtException perhapsSent) {
            rows.markUncertain(delivery.id(), describe(perhapsSent), clock.instant());
            metrics.outcome(delivery.channel(), DeliveryStatus.UNCERTAIN);
            log.warn("Reminder {} by {} in doubt, not sent again: {}", delivery.id(), delivery.channel(),
                    describe(perhapsSent));
            return;
        } catch (Exception failure) {
            failed(delivery, failure);
            return;
        }
        Instant acceptedAt = clock.instant();
        rows.markSent(delivery.id(), acceptedAt);
        metrics.accepted(delivery.channel(), delivery.dueAt(), acceptedAt);
    }

    private void failed(Delivery delivery, Exception failure) {
        int attempts = delivery.attempts() + 1;
        boolean last = attempts >= BackOff.MAX_ATTEMPTS;
        DeliveryStatus status = last ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING;
        Instant now = clock.instant();
        String error = describe(failure);
        rows.markFailed(delivery.id(), status, error, now, last ? now : now.plus(BackOff.after(attempts)));
        metrics.outcome(delivery.channel(), status);
        log.warn("Reminder {} by {} failed (try {}): {}", delivery.id(), delivery.channel(), attempts, error);
    }

    private static String describe(Exception failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    /** A round under way finishes its sends (each bounded by its channel's timeout) rather than being cut. */
    @PreDestroy
    void stop() {
        poked.shutdown();
        sending.shutdown();
    }
}
