package kaohe.scoring.whatif;

import kaohe.ledger.event.ProgressStatus;
import kaohe.scoring.model.BreachFacts;
import kaohe.scoring.model.CheckFacts;
import kaohe.scoring.model.Counterfactual;
import kaohe.scoring.model.GapFacts;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.model.ReportFacts;
import kaohe.scoring.model.TaskFacts;
import kaohe.scoring.rules.RuleSet;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.ScoreItem;
import kaohe.scoring.score.Scorecard;
import kaohe.scoring.score.Scorer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What would raise a department's score most (提分建议): each thing still open to it — a report or monthly check
 * to submit, a returned report to resubmit, evidence a report lacks, a task behind its time-proportional plan, a
 * breach it may appeal, a gap to close — worth the total the real {@link Scorer} gives the department's facts with
 * that one thing done (a {@link Counterfactual}) minus its total now, under the rules in force. Acts worth nothing
 * under those rules (a gap: the rules score none) are listed apart, in {@code withoutGain}, still to be done.
 */
@Component
public class ScoreOpportunities {

    public enum Kind { SUBMIT_REPORT, RESUBMIT_REPORT, REPORT_EVIDENCE, SUBMIT_CHECK, TASK_PROGRESS, TASK_STATUS,
        APPEAL_BREACH, CLOSE_GAP }

    /** One act and the points it would recover; the ids of what it concerns (null where it does not exist yet). */
    public record Opportunity(Kind kind, String action, BigDecimal points, String taskId, String reportId,
                              String checkId, String gapId, String breachId, String indicatorId, String quarter,
                              String month, LocalDate dueOn) {
    }

    public record Result(String planId, String department, String period, LocalDate asOf, int rulesVersion,
                         BigDecimal total, List<Opportunity> opportunities, List<Opportunity> withoutGain) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String[] QUARTER_NAMES = {"一", "二", "三", "四"};
    private static final Comparator<Opportunity> RANKED = Comparator.comparing(Opportunity::points).reversed()
            .thenComparing(Opportunity::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Opportunity::action);

    /** An act not yet scored, and the plan with it done. */
    private record Open(Opportunity act, PlanFacts done) {
    }

    private final ScorecardViews views;

    public ScoreOpportunities(ScorecardViews views) {
        this.views = views;
    }

    /** The department's opportunities today, in the period (the plan's year when blank). */
    public Result of(String planId, String department, String periodText) {
        Period period = views.period(planId, periodText);
        views.requireDepartment(planId, department);
        return views.scored(planId, null, null, (plan, day, rules) -> find(plan, department, period, day, rules));
    }

    public static Result find(PlanFacts plan, String department, Period period, LocalDate asOf, RuleSet rules) {
        Scorecard now = Scorer.score(plan, department, period, asOf, rules);
        List<Open> open = new ArrayList<>();
        reports(plan, department, period, asOf, now, open);
        checks(plan, department, period, asOf, open);
        if (period.contains(asOf)) {
            tasks(plan, department, asOf, now, open);
        }
        breaches(plan, department, period, asOf, open);
        gaps(plan, department, open);
        List<Opportunity> gains = new ArrayList<>();
        List<Opportunity> none = new ArrayList<>();
        for (Open item : open) {
            BigDecimal after = Scorer.score(item.done(), department, period, asOf, rules).total();
            Opportunity scored = withPoints(item.act(), after.subtract(now.total()).setScale(2, RoundingMode.HALF_UP));
            (scored.points().signum() > 0 ? gains : none).add(scored);
        }
        gains.sort(RANKED);
        none.sort(RANKED);
        return new Result(plan.planId(), department, period.toString(), asOf, rules.version(), now.total(), gains,
                none);
    }

    /** Reports of the quarters over (from the notice's): to submit, to resubmit, or lacking evidence. */
    private static void reports(PlanFacts plan, String department, Period period, LocalDate asOf, Scorecard now,
                                List<Open> open) {
        String first = Period.quarterOf(plan.issuedOn()).toString();
        for (String quarter : period.quarters()) {
            if (quarter.compareTo(first) < 0) {
                continue;
            }
            ReportFacts report = plan.reportsOf(department).stream()
                    .filter(found -> found.quarter().equals(quarter)).findFirst().orElse(null);
            String reportId = report == null ? null : report.reportId();
            String name = quarterName(quarter) + "报告";
            if (report == null || report.firstSubmission() == null) {
                LocalDate dueOn = report == null ? Period.parse(quarter).lastDay() : report.dueOn();
                if (Period.parse(quarter).lastDay().isBefore(asOf)) {
                    open.add(new Open(act(Kind.SUBMIT_REPORT, "提交" + name + "（附佐证资料）", null, reportId, null,
                            null, null, null, quarter, null, dueOn), Counterfactual.reportSubmitted(plan, department,
                            quarter, reportId, dueOn, asOf)));
                }
                continue;
            }
            // the report carries no usable evidence when its 资料 item scores 0
            boolean lacksEvidence = item(now, "materials", reportId).map(found -> found.score().signum() == 0)
                    .orElse(false);
            PlanFacts evidenced = lacksEvidence ? Counterfactual.reportEvidenced(plan, reportId) : plan;
            if (report.returned()) {
                open.add(new Open(act(Kind.RESUBMIT_REPORT, "按退回意见修改并重新提交" + name
                        + (lacksEvidence ? "（附佐证资料）" : ""), null, reportId, null, null, null, null, quarter, null,
                        report.dueOn()), evidenced));
            } else if (lacksEvidence) {
                open.add(new Open(act(Kind.REPORT_EVIDENCE, "为" + name + "补充佐证资料（申请更正）", null, reportId, null,
                        null, null, null, quarter, null, report.dueOn()), evidenced));
            }
        }
    }

    /** Monthly checks of the months begun (from the notice's) not submitted yet, opened or not. */
    private static void checks(PlanFacts plan, String department, Period period, LocalDate asOf, List<Open> open) {
        YearMonth first = latest(period.firstMonth(), YearMonth.from(plan.issuedOn()));
        YearMonth last = YearMonth.from(asOf).isBefore(period.lastMonth()) ? YearMonth.from(asOf)
                : period.lastMonth();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth thisMonth = month;
            CheckFacts check = plan.checksOf(department).stream().filter(found -> found.month().equals(thisMonth))
                    .findFirst().orElse(null);
            if (check != null && check.submitted() != null) {
                continue;
            }
            String checkId = check == null ? null : check.checkId();
            LocalDate dueOn = check == null ? month.atEndOfMonth() : check.dueOn();
            open.add(new Open(act(Kind.SUBMIT_CHECK, "提交" + month.getYear() + "年" + month.getMonthValue()
                    + "月月度检查", null, null, checkId, null, null, null, null, month.toString(), dueOn),
                    Counterfactual.checkSubmitted(plan, department, month, checkId, dueOn, asOf)));
        }
    }

    /** Counted tasks behind their plan: the actual (or status) that would put them on it, recorded this month. */
    private static void tasks(PlanFacts plan, String department, LocalDate asOf, Scorecard now, List<Open> open) {
        YearMonth month = YearMonth.from(asOf);
        for (ScoreItem item : now.itemsOf("completion")) {
            if (item.score().compareTo(HUNDRED) >= 0) {
                continue;
            }
            TaskFacts task = plan.tasksOf(department).stream().filter(found -> found.taskId().equals(item.subject()))
                    .findFirst().orElseThrow();
            if (task.qualitative()) {
                open.add(new Open(act(Kind.TASK_STATUS, "推进任务“" + task.title() + "”，月度检查中报“正常推进”", task,
                        month), Counterfactual.progressRecorded(plan, task.taskId(), month, null,
                        ProgressStatus.ON_TRACK)));
            } else if (task.targetValue().signum() > 0) {
                BigDecimal planned = Scorer.plannedShareOf(plan, task, asOf);
                BigDecimal needed = needed(task.targetValue(), planned);
                open.add(new Open(act(Kind.TASK_PROGRESS, "推进任务“" + task.title() + "”，月度检查中实际值达到 "
                        + needed.toPlainString() + " " + Objects.toString(task.unit(), "").strip() + "（按时序应完成 "
                        + planned.setScale(2, RoundingMode.HALF_UP) + "%）", task, month),
                        Counterfactual.progressRecorded(plan, task.taskId(), month, needed, ProgressStatus.ON_TRACK)));
            }
        }
    }

    /**
     * The least actual that meets the planned share of the target: rounded up to the target's own precision (a
     * target in whole 个 needs whole 个), never above the target.
     */
    static BigDecimal needed(BigDecimal target, BigDecimal plannedPercent) {
        int scale = Math.max(0, target.stripTrailingZeros().scale());
        BigDecimal needed = target.multiply(plannedPercent).divide(HUNDRED, scale, RoundingMode.CEILING);
        return needed.min(target).setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** Breaches of the period recorded and not yet appealed: an appeal that succeeds revokes them. */
    private static void breaches(PlanFacts plan, String department, Period period, LocalDate asOf, List<Open> open) {
        for (BreachFacts breach : plan.breachesOf(department)) {
            if (breach.state() != BreachFacts.State.RECORDED || !period.contains(breach.occurredOn())
                    || breach.occurredOn().isAfter(asOf)) {
                continue;
            }
            String item = plan.indicator(breach.indicatorId()).map(found -> found.code()).orElse(breach.indicatorId());
            open.add(new Open(new Opportunity(Kind.APPEAL_BREACH, "对负面清单“" + item + "”的认定提出申诉（申诉成立可挽回）",
                    null, null, null, null, null, breach.breachId(), breach.indicatorId(), null, null,
                    breach.occurredOn()), Counterfactual.breachRevoked(plan, breach.breachId())));
        }
    }

    private static void gaps(PlanFacts plan, String department, List<Open> open) {
        for (GapFacts gap : plan.gapsOf(department)) {
            if (gap.closed() == null) {
                open.add(new Open(new Opportunity(Kind.CLOSE_GAP, "整改问题“" + gap.description() + "”并销号", null,
                        gap.taskId(), null, null, gap.gapId(), null, null, null, null, gap.fixBy()),
                        Counterfactual.gapClosed(plan, gap.gapId())));
            }
        }
    }

    private static Opportunity act(Kind kind, String action, String taskId, String reportId, String checkId,
                                   String gapId, String breachId, String indicatorId, String quarter, String month,
                                   LocalDate dueOn) {
        return new Opportunity(kind, action, null, taskId, reportId, checkId, gapId, breachId, indicatorId, quarter,
                month, dueOn);
    }

    private static Opportunity act(Kind kind, String action, TaskFacts task, YearMonth month) {
        return new Opportunity(kind, action, null, task.taskId(), null, null, null, null, task.indicatorId(), null,
                month.toString(), task.deadline());
    }

    private static Opportunity withPoints(Opportunity act, BigDecimal points) {
        return new Opportunity(act.kind(), act.action(), points, act.taskId(), act.reportId(), act.checkId(),
                act.gapId(), act.breachId(), act.indicatorId(), act.quarter(), act.month(), act.dueOn());
    }

    private static Optional<ScoreItem> item(Scorecard card, String component, String subject) {
        return card.itemsOf(component).stream().filter(found -> found.subject().equals(subject))
                .findFirst();
    }

    /** 2020-Q3 → 2020年第三季度. */
    static String quarterName(String quarter) {
        Period period = Period.parse(quarter);
        return period.year() + "年第" + QUARTER_NAMES[period.quarter() - 1] + "季度";
    }

    private static YearMonth latest(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
