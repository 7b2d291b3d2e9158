package kaohe.supervision.policy.command;

import kaohe.platform.command.Refusal;
import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;

import java.util.HashSet;
import java.util.List;

/**
 * What a reminder policy must hold to be adopted: at most five reminders 0–60 days ahead, each day once; at most
 * five escalation steps 1–90 days after, later each time, each reaching someone; the inbox among the channels,
 * each channel once. Quiet hours are any two times (equal: none; the later first: across midnight).
 */
final class PolicyRules {

    static final int MOST_REMINDERS = 5;
    static final int MOST_DAYS_BEFORE = 60;
    static final int MOST_STEPS = 5;
    static final int MOST_DAYS_AFTER = 90;

    private PolicyRules() {
    }

    static void require(AdoptReminderPolicyCommand command) {
        requireDaysBefore(command.daysBefore());
        requireEscalation(command.escalation());
        requireChannels(command.channels());
        if (command.quietFrom() == null || command.quietUntil() == null) {
            throw Refusal.invalidField(command.quietFrom() == null ? "quietFrom" : "quietUntil",
                    "quiet-hours-required");
        }
    }

    private static void requireDaysBefore(List<Integer> days) {
        if (days == null || days.size() > MOST_REMINDERS) {
            throw Refusal.invalidField("daysBefore", "too-many-reminders", MOST_REMINDERS);
        }
        if (days.stream().anyMatch(day -> day == null || day < 0 || day > MOST_DAYS_BEFORE)) {
            throw Refusal.invalidField("daysBefore", "days-before-out-of-range", MOST_DAYS_BEFORE);
        }
        if (new HashSet<>(days).size() != days.size()) {
            throw Refusal.invalidField("daysBefore", "days-before-repeated");
        }
    }

    private static void requireEscalation(List<EscalationStep> steps) {
        if (steps == null || steps.size() > MOST_STEPS) {
            throw Refusal.invalidField("escalation", "too-many-escalation-steps", MOST_STEPS);
        }
        int previous = 0;
        for (EscalationStep step : steps) {
            if (step.daysAfter() < 1 || step.daysAfter() > MOST_DAYS_AFTER) {
                throw Refusal.invalidField("escalation", "escalation-days-out-of-range", MOST_DAYS_AFTER);
            }
            if (step.daysAfter() <= previous) {
                throw Refusal.invalidField("escalation", "escalation-out-of-order");
            }
            if (step.audiences().isEmpty() || new HashSet<>(step.audiences()).size() != step.audiences().size()) {
                throw Refusal.invalidField("escalation", "escalation-audiences-invalid", step.daysAfter());
            }
            previous = step.daysAfter();
        }
    }

    private static void requireChannels(List<Channel> channels) {
        if (channels == null || !channels.contains(Channel.INBOX)) {
            throw Refusal.invalidField("channels", "inbox-channel-required");
        }
        if (new HashSet<>(channels).size() != channels.size()) {
            throw Refusal.invalidField("channels", "channels-repeated");
        }
    }
}
