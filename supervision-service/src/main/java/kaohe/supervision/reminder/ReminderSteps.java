package kaohe.supervision.reminder;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.EscalationStep;
import kaohe.supervision.obligation.Obligation;
import kaohe.supervision.policy.ReminderPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps of a policy for one obligation: {@code before-N} (due − N) and {@code due} (on the day) to its owner,
 * {@code after-N} (due + N) to the escalation step's audiences. Of these, a sweep on day D sends only the latest
 * whose date is D or before, and only if that date is no earlier than D − catch-up days: a service down for a day
 * catches up, a plan years in the past floods nobody. The office owes its own decisions to nobody but itself, so
 * an office obligation's escalation reaches only the office: LIAISON and LEADER audiences are skipped, and a step
 * left with nobody is no step. An obligation whose due date moved (version 2 …) has new steps: "before-3~v2".
 * A sweep reads only the obligations due on {@link #candidateDueDates}: a few dates, not a season.
 */
public final class ReminderSteps {

    public record Step(String name, LocalDate on, int daysFromDue, List<Audience> audiences) {
    }

    private ReminderSteps() {
    }

    public static Optional<Step> due(ReminderPolicy policy, Obligation obligation, LocalDate day, int catchUpDays) {
        Step latest = null;
        for (Step step : steps(policy, obligation)) {
            if (!step.on().isAfter(day) && (latest == null || !step.on().isBefore(latest.on()))) {
                latest = step;
            }
        }
        return latest == null || latest.on().isBefore(day.minusDays(catchUpDays)) ? Optional.empty()
                : Optional.of(latest);
    }

    /**
     * Every due date on which an obligation of one of {@code policies} can have a step falling due on {@code day} or
     * in the catch-up days before it: a sweep need look at no other obligation.
     */
    public static Set<LocalDate> candidateDueDates(Collection<ReminderPolicy> policies, LocalDate day,
                                                   int catchUpDays) {
        var offsets = new TreeSet<Integer>();
        for (ReminderPolicy policy : policies) {
            policy.daysBefore().forEach(days -> offsets.add(-days));
            offsets.add(0);
            policy.escalation().forEach(step -> offsets.add(step.daysAfter()));
        }
        var dates = new TreeSet<LocalDate>();
        for (int offset : offsets) {
            for (int late = 0; late <= catchUpDays; late++) {
                dates.add(day.minusDays(late).minusDays(offset));
            }
        }
        return dates;
    }

    static List<Step> steps(ReminderPolicy policy, Obligation obligation) {
        String version = obligation.dueVersion() > 1 ? "~v" + obligation.dueVersion() : "";
        LocalDate due = obligation.dueOn();
        var steps = new ArrayList<Step>();
        policy.daysBefore().stream().sorted((a, b) -> b - a).forEach(days -> steps.add(
                new Step("before-" + days + version, due.minusDays(days), -days, List.of(obligation.owner()))));
        if (policy.onDueDay()) {
            steps.add(new Step("due" + version, due, 0, List.of(obligation.owner())));
        }
        for (EscalationStep escalation : policy.escalation()) {
            List<Audience> audiences = escalation.audiences().stream()
                    .filter(audience -> obligation.owner() != Audience.OFFICE || audience == Audience.OFFICE)
                    .toList();
            if (!audiences.isEmpty()) {
                steps.add(new Step("after-" + escalation.daysAfter() + version,
                        due.plusDays(escalation.daysAfter()), escalation.daysAfter(), audiences));
            }
        }
        return steps;
    }
}
