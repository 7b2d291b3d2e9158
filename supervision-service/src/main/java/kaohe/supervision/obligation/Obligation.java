package kaohe.supervision.obligation;

import kaohe.supervision.event.Audience;

import java.time.LocalDate;

/**
 * One thing {@code owner} owes by {@code dueOn}: the department's liaisons (LIAISON) or the office (OFFICE).
 * {@code subjectId} is the item in its own context, {@code routeId} the id its page in the web app takes;
 * {@code scheduledOn} the due date first set; {@code dueVersion} counts the moves of the due date while open.
 */
public record Obligation(String key, ObligationKind kind, String planId, String department, String subjectId,
                         String routeId, String label, LocalDate scheduledOn, LocalDate dueOn, int dueVersion,
                         Audience owner, boolean done, LocalDate doneOn) {

    /** A new, open obligation. */
    public static Obligation open(String key, ObligationKind kind, String planId, String department,
                                  String subjectId, String routeId, String label, LocalDate dueOn, Audience owner) {
        return new Obligation(key, kind, planId, department, subjectId, routeId, label, dueOn, dueOn, 1, owner,
                false, null);
    }
}
