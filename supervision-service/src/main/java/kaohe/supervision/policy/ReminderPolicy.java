package kaohe.supervision.policy;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;

import java.time.LocalTime;
import java.util.List;

/**
 * A plan's reminder policy as data (see {@code ReminderPolicyAdoptedEvent}). {@link #DEFAULT} is version 0, what
 * every plan follows until the office adopts its own: 3 days and 1 day before, on the day; after it the liaison on
 * day 1, the leader too on day 3, the office too on day 7; quiet 22:00–08:00; inbox and e-mail.
 */
public record ReminderPolicy(int version, List<Integer> daysBefore, boolean onDueDay,
                             List<EscalationStep> escalation, LocalTime quietFrom, LocalTime quietUntil,
                             List<Channel> channels) {

    public static final ReminderPolicy DEFAULT = new ReminderPolicy(0, List.of(3, 1), true,
            List.of(new EscalationStep(1, List.of(Audience.LIAISON)),
                    new EscalationStep(3, List.of(Audience.LIAISON, Audience.LEADER)),
                    new EscalationStep(7, List.of(Audience.LIAISON, Audience.LEADER, Audience.OFFICE))),
            LocalTime.of(22, 0), LocalTime.of(8, 0), List.of(Channel.INBOX, Channel.EMAIL));

    public ReminderPolicy {
        daysBefore = List.copyOf(daysBefore);
        escalation = List.copyOf(escalation);
        channels = List.copyOf(channels);
    }
}
