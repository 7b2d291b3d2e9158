package kaohe.supervision.reminder;

import java.util.Collection;

/**
 * Where the sweep hands what fell due. Recording is idempotent by (obligation, step, recipient, channel): handing
 * the same reminder again (a second sweep, a restart, a replay) records and sends nothing new.
 */
public interface ReminderOutbox {

    /** Records the reminders not recorded before; answers how many (reminder × channel) were new. */
    int enqueue(Collection<DueReminder> reminders);
}
