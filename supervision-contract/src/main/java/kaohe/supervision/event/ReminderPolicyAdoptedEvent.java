package kaohe.supervision.event;

import java.time.LocalTime;
import java.util.List;

/**
 * The office adopted version {@code version} of a plan's reminder policy (提醒规则); the reason is in the event's
 * metadata. Versions count from 1; version 0 is the documented default every plan starts with. Before a due date
 * the owner is reminded {@code daysBefore} days ahead (and on the day when {@code onDueDay}); after it
 * {@code escalation} widens who is reminded. Nothing but the inbox is sent between {@code quietFrom} and
 * {@code quietUntil} (Asia/Shanghai); {@code channels} are the ones the plan uses.
 */
public record ReminderPolicyAdoptedEvent(String planId, int version, List<Integer> daysBefore, boolean onDueDay,
                                         List<EscalationStep> escalation, LocalTime quietFrom,
                                         LocalTime quietUntil, List<Channel> channels) {

    public ReminderPolicyAdoptedEvent {
        daysBefore = List.copyOf(daysBefore);
        escalation = List.copyOf(escalation);
        channels = List.copyOf(channels);
    }
}
