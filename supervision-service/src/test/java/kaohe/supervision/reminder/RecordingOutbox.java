package kaohe.supervision.reminder;

import kaohe.supervision.event.Channel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stands in for the delivery feature's outbox in these tests: keeps every reminder handed to it, and answers as the
 * real one does — how many (obligation, step, recipient, channel) it had not seen before.
 */
public class RecordingOutbox implements ReminderOutbox {

    private final List<DueReminder> handed = new ArrayList<>();
    private record Recorded(String obligationKey, String step, String recipientId, Channel channel) {
    }

    private final Set<Recorded> recorded = new HashSet<>();

    @Override
    public synchronized int enqueue(Collection<DueReminder> reminders) {
        handed.addAll(reminders);
        int added = 0;
        for (DueReminder reminder : reminders) {
            for (Channel channel : reminder.channels()) {
                if (recorded.add(new Recorded(reminder.obligationKey(), reminder.step(), reminder.recipientId(),
                        channel))) {
                    added++;
                }
            }
        }
        return added;
    }

    /** Every reminder handed over (repeats included) about obligations whose key contains {@code part}. */
    public synchronized List<DueReminder> handed(String part) {
        return handed.stream().filter(reminder -> reminder.obligationKey().contains(part)).toList();
    }

    /** The distinct (obligation, step, recipient) keys handed over about obligations whose key contains {@code part}. */
    public synchronized Set<String> keys(String part) {
        var keys = new LinkedHashSet<String>();
        handed(part).forEach(reminder -> keys.add(key(reminder)));
        return keys;
    }

    public static String key(DueReminder reminder) {
        return reminder.obligationKey() + "|" + reminder.step() + "|" + reminder.recipientId();
    }
}
