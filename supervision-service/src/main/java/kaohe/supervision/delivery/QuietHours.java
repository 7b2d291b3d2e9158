package kaohe.supervision.delivery;

import kaohe.supervision.policy.ReminderPolicies;
import kaohe.supervision.policy.ReminderPolicy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A plan's quiet hours in Asia/Shanghai, judged on an instant: {@code from} inclusive to {@code until} exclusive,
 * wrapping midnight when {@code from} is later than {@code until} (22:00–08:00); equal times mean no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The quiet hours of the policy {@code planId} follows now (the default policy's without a plan). */
    public static QuietHours of(ReminderPolicies policies, String planId) {
        ReminderPolicy policy = planId == null ? ReminderPolicy.DEFAULT : policies.current(planId);
        return new QuietHours(policy.quietFrom(), policy.quietUntil());
    }

    /** When the quiet period {@code at} falls in ends; empty when {@code at} is not quiet. */
    public Optional<Instant> endOf(Instant at) {
        if (from == null || until == null || from.equals(until)) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, SHANGHAI);
        LocalTime time = local.toLocalTime();
        boolean quiet = from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
        if (!quiet) {
            return Optional.empty();
        }
        LocalDateTime end = local.toLocalDate().atTime(until);
        return Optional.of((end.isAfter(local) ? end : end.plusDays(1)).atZone(SHANGHAI).toInstant());
    }
}
