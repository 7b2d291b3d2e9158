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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Optional<Instant>> quietUntil = new HashMap<>();
        List<DeliveryRows.NewDelivery> deliveries = new ArrayList<>();
        for (DueReminder reminder : reminders) {
            Optional<Instant> quiet = quietUntil.computeIfAbsent(reminder.planId(),
                    plan -> QuietHours.of(policies, plan).endOf(now));
            for (Channel channel : reminder.channels()) {
                deliveries.add(channel == Channel.INBOX
                        ? new DeliveryRows.NewDelivery(reminder, channel, DeliveryStatus.SENT, now)
                        : new DeliveryRows.NewDelivery(reminder, channel,
                        quiet.isPresent() ? DeliveryStatus.HELD : DeliveryStatus.PENDING, quiet.orElse(now)));
            }
        }
        List<DeliveryRows.Recorded> recorded = transactions.execute(status -> {
            List<DeliveryRows.Recorded> added = rows.recordAll(deliveries, now);
            inbox.putAll(added.stream().filter(row -> row.delivery().channel() == Channel.INBOX).map(row -> {
                DueReminder reminder = row.delivery().reminder();
                return new Inbox.NewItem(row.deliveryId(), reminder.recipientId(), reminder.step(), reminder.title(),
                        reminder.body(), reminder.link(), reminder.planId(), reminder.department(), reminder.dueOn());
            }).toList(), now);
            return added;
        });
        recorded.stream().filter(row -> row.delivery().channel() == Channel.INBOX)
                .forEach(row -> metrics.accepted(Channel.INBOX, row.delivery().reminder().dueAt(), now));
        if (recorded.stream().anyMatch(row -> row.delivery().channel() != Channel.INBOX)) {
            dispatcher.poke();
        }
        return recorded.size();
    }
}
