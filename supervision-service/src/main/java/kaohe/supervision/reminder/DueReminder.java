package kaohe.supervision.reminder;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One reminder the sweep found due for one person: obligation {@code obligationKey} at {@code step} ("before-3",
 * "due", "after-1", "opened" …) for {@code recipientId}, to go by {@code channels}. (obligation, step, recipient,
 * channel) is the key it is sent by, once. {@code dueAt} is when it fell due; {@code link} a path of the web app.
 */
public record DueReminder(String obligationKey, String step, String recipientId, String recipientName,
                          Audience audience, String planId, String department, String title, String body,
                          String link, LocalDate dueOn, Instant dueAt, List<Channel> channels) {

    public DueReminder {
        channels = List.copyOf(channels);
    }
}
