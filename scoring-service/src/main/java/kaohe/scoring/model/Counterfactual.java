package kaohe.scoring.model;

import kaohe.ledger.event.ProgressStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A plan's facts with one thing a department could still do done (提分建议): a copy, the plan itself unchanged, so
 * the real scorer can say what that one act is worth. What was not done has no event: the facts it adds refer to
 * {@link #WHAT_IF}, and a report submitted here carries one piece of evidence not yet archived.
 */
public final class Counterfactual {

    /** The event an act not yet done would be. */
    public static final EventRef WHAT_IF = new EventRef("what-if", "what-if", Instant.EPOCH);
    /** The evidence a report submitted in a what-if carries: usable, not archived (archiving is the office's). */
    static final String WHAT_IF_EVIDENCE = "what-if-evidence";

    private Counterfactual() {
    }

    /**
     * The department's report of {@code quarter} submitted on {@code on} with evidence attached — drafted first
     * if it was not (then due on {@code dueOn}), late by the days after its due date as the ledger counts them.
     */
    public static PlanFacts reportSubmitted(PlanFacts plan, String department, String quarter, String reportId,
                                            LocalDate dueOn, LocalDate on) {
        PlanFacts copy = plan.copy();
        ReportFacts existing = reportId == null ? null : copy.reports.get(reportId);
        ReportFacts report = existing != null ? existing.copy()
                : new ReportFacts("what-if/" + department + "/" + quarter, department, quarter, dueOn, WHAT_IF);
        report.firstSubmittedOn = on;
        report.daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(report.dueOn, on));
        report.firstSubmission = WHAT_IF;
        report.evidence = List.of(WHAT_IF_EVIDENCE);
        report.evidenceFrom = WHAT_IF;
        report.returned = false;
        copy.reports.put(report.reportId, report);
        return copy;
    }

    /** A submitted report's content carrying evidence (resubmitted, or corrected with the office's approval). */
    public static PlanFacts reportEvidenced(PlanFacts plan, String reportId) {
        PlanFacts copy = plan.copy();
        ReportFacts report = copy.reports.get(reportId).copy();
        report.evidence = List.of(WHAT_IF_EVIDENCE);
        report.evidenceFrom = WHAT_IF;
        report.returned = false;
        copy.reports.put(reportId, report);
        return copy;
    }

    /** The department's check of {@code month} submitted on {@code on}: opened first if it was not (due {@code dueOn}). */
    public static PlanFacts checkSubmitted(PlanFacts plan, String department, YearMonth month, String checkId,
                                           LocalDate dueOn, LocalDate on) {
        PlanFacts copy = plan.copy();
        CheckFacts existing = checkId == null ? null : copy.checks.get(checkId);
        CheckFacts check = existing != null ? existing.copy()
                : new CheckFacts("what-if/" + department + "/" + month, department, month, dueOn, WHAT_IF);
        check.submittedOn = on;
        check.daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(check.dueOn, on));
        check.submitted = WHAT_IF;
        copy.checks.put(check.checkId, check);
        return copy;
    }

    /** A task's actual ({@code null} for a qualitative task) and status recorded for {@code month}. */
    public static PlanFacts progressRecorded(PlanFacts plan, String taskId, YearMonth month, BigDecimal actual,
                                             ProgressStatus status) {
        PlanFacts copy = plan.copy();
        TaskFacts task = copy.tasks.get(taskId).copy();
        task.record(new ProgressFact(month, actual, status, WHAT_IF));
        copy.tasks.put(taskId, task);
        return copy;
    }

    /** A breach revoked: what an appeal that succeeds gives back. */
    public static PlanFacts breachRevoked(PlanFacts plan, String breachId) {
        PlanFacts copy = plan.copy();
        BreachFacts breach = copy.breaches.get(breachId).copy();
        breach.state = BreachFacts.State.REVOKED;
        breach.events.add(WHAT_IF);
        copy.breaches.put(breachId, breach);
        return copy;
    }

    /** A gap closed (补缺). */
    public static PlanFacts gapClosed(PlanFacts plan, String gapId) {
        PlanFacts copy = plan.copy();
        GapFacts gap = copy.gaps.get(gapId).copy();
        gap.closed = WHAT_IF;
        copy.gaps.put(gapId, gap);
        return copy;
    }
}
