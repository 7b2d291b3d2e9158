package kaohe.supervision.delivery;

import kaohe.supervision.event.Channel;
import kaohe.supervision.inbox.Inbox;
import kaohe.supervision.policy.ReminderPolicies;
import kaohe.supervision.reminder.DueReminder;
import kaohe.supervision.reminder.ReminderOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Records each (reminder, channel) once, by the unique key (obligation, step, recipient, channel) and
 * {@code ON CONFLICT DO NOTHING}: handing the same reminders again — a second sweep, a restart, a replayed event, a
 * rebuild, two instances at once — records and sends nothing. The inbox item is written in the same transaction
 * (it disturbs nobody, quiet hours or not); the other channels wait for the dispatcher, HELD when they fall due in
 * the plan's quiet hours.
 */
@Component
public class DeliveryOutbox implements ReminderOutbox {

    private final DeliveryRows rows;
    private final Inbox inbox;
    private final ReminderPolicies policies;
    private final DeliveryDispatcher dispatcher;
    private final DeliveryMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DeliveryOutbox(DeliveryRows rows, Inbox inbox, ReminderPolicies policies, DeliveryDispatcher dispatcher,
                          DeliveryMetrics metrics, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.inbox = inbox;
        this.policies = policies;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int enqueue(Collection<DueReminder> reminders) {
        Instant now = clock.instant();
        int recorded = transactions.execute(status -> reminders.stream().mapToInt(reminder -> record(reminder, now))
                .sum());
        if (recorded > 0) {
            dispatcher.poke();
        }
        return recorded;
    }

    private int record(DueReminder reminder, Instant now) {
        Optional<Instant> quietUntil = QuietHours.of(policies, reminder.planId()).endOf(now);
        int recorded = 0;
        for (Channel channel : reminder.channels()) {
            if (channel == Channel.INBOX) {
                Optional<Long> id = rows.record(reminder, channel, DeliveryStatus.SENT, now, now);
                id.ifPresent(deliveryId -> {
                    inbox.put(deliveryId, reminder.recipientId(), reminder.step(), reminder.title(), reminder.body(),
                            reminder.link(), reminder.planId(), reminder.department(), reminder.dueOn(), now);
                    metrics.accepted(channel, reminder.dueAt(), now);
                });
                recorded += id.isPresent() ? 1 : 0;
            } else {
                DeliveryStatus status = quietUntil.isPresent() ? DeliveryStatus.HELD : DeliveryStatus.PENDING;
                recorded += rows.record(reminder, channel, status, quietUntil.orElse(now), now).isPresent() ? 1 : 0;
            }
        }
        return recorded;
    }
}
