package kaohe.supervision.obligation.query;

import kaohe.supervision.event.Audience;
import kaohe.supervision.obligation.ObligationKind;

import java.time.LocalDate;

/** One obligation as the calendar shows it; {@code link} is the page of the viewer's audience. */
public record ObligationView(String key, ObligationKind kind, String kindLabel, String planId, String department,
                             String subjectId, String label, LocalDate dueOn, Audience owner, boolean done,
                             LocalDate doneOn, int daysOverdue, String link) {
}
