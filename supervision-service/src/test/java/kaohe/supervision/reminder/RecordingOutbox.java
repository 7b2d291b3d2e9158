package kaohe.supervision.reminder;

import kaohe.supervision.event.Channel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The real outbox with a recorder in front: keeps every reminder handed to it, so a test sees what the sweep and
 * the notices handed over, and passes them on (unless {@link #passOn} was switched off) — the answer is the real
 * one's, how many (obligation, step, recipient, channel) were new.
 */
public class RecordingOutbox implements ReminderOutbox {

    private final ReminderOutbox real;
    private final List<DueReminder> handed = new ArrayList<>();
    private volatile boolean passingOn = true;
    private record Recorded(String obligationKey, String step, String recipientId, Channel channel) {
    }

    private final Set<Recorded> recorded = new HashSet<>();

    public RecordingOutbox(ReminderOutbox real) {
        this.real = real;
    }

    /**
     * Off: reminders are recorded here only, and the answer counts what this recorder had not seen — for a city's
     * tens of thousands of reminders, which would otherwise go out as mails to the test JVM's server.
     */
    public void passOn(boolean on) {
        passingOn = on;
    }

    @Override
    public int enqueue(Collection<DueReminder> reminders) {
        int added = 0;
        synchronized (this) {
            handed.addAll(reminders);
            for (DueReminder reminder : reminders) {
                for (Channel channel : reminder.channels()) {
                    if (recorded.add(new Recorded(reminder.obligationKey(), reminder.step(), reminder.recipientId(),
                            channel))) {
                        added++;
                    }
                }
            }
        }
        return passingOn ? real.enqueue(reminders) : added;
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
