package kaohe.supervision.policy.query;

import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;
import kaohe.supervision.policy.ReminderPolicy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A version of a plan's reminder policy as the office reads it: times as {@code HH:mm}; who adopted it, when and
 * why ({@code adoptedAt} null for the default, version 0).
 */
public record ReminderPolicyView(String planId, int version, List<Integer> daysBefore, boolean onDueDay,
                                 List<EscalationStep> escalation, String quietFrom, String quietUntil,
                                 List<Channel> channels, Instant adoptedAt, String adoptedBy, String adoptedByName,
                                 String reason) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static ReminderPolicyView byDefault(String planId) {
        ReminderPolicy policy = ReminderPolicy.DEFAULT;
        return new ReminderPolicyView(planId, policy.version(), policy.daysBefore(), policy.onDueDay(),
                policy.escalation(), time(policy.quietFrom()), time(policy.quietUntil()), policy.channels(), null,
                null, null, null);
    }

    ReminderPolicy policy() {
        return new ReminderPolicy(version, daysBefore, onDueDay, escalation, LocalTime.parse(quietFrom),
                LocalTime.parse(quietUntil), channels);
    }

    static String time(LocalTime time) {
        return time.format(HH_MM);
    }
}
