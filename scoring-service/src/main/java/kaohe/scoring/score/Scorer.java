package kaohe.scoring.score;

import kaohe.ledger.event.ProgressStatus;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.model.BreachFacts;
import kaohe.scoring.model.EventRef;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.model.ProgressFact;
import kaohe.scoring.model.ReportFacts;
import kaohe.scoring.model.SupervisionScore;
import kaohe.scoring.model.TaskFacts;
import kaohe.scoring.rules.RuleSet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Computes a department's scorecard from a plan's facts — a pure function of facts, period, day and rules, so
 * the live projection, a rebuild, a past date and a what-if all score alike. The arithmetic (README, "Scoring"):
 * <ul>
 * <li>完成情况: per task whose six defines the office approved (scored as approved last; the others are listed as
 * not counted), progress (actual ÷ target) as a percentage of the time-proportional plan (days from the notice to
 * the day ÷ days from the notice to the deadline), capped at 100 (a target of 0 measures nothing: 0); a
 * qualitative task's latest status is that percentage itself (已完成 and 正常推进 100, 滞后 85, 受阻 50; none
 * reported yet 0 once anything is planned); the component is the mean over the department's counted tasks.</li>
 * <li>及时性: per monthly check and quarterly report due (or submitted) by the day, 100 less the rules' penalty per
 * day late (not below 0; overdue and missing = 0); the mean.</li>
 * <li>资料: per quarterly report due, 50 for carrying evidence plus 50 × the share of it archived; the mean.</li>
 * <li>督办: per quarter of the period, the office's supervision score less what the department's 督办单 cost
 * under the rules' chase rules ({@link ChaseCosts}), not below 0; the mean.</li>
 * </ul>
 * The rules list the components that count, by name, with their labels and weights. Base = Σ weight × component
 * ÷ Σ weight over the components that apply (a component's share of it is its {@code weighted}); total = base +
 * bonus − deductions, not below 0; a veto item breached makes it 0. Every figure is rounded to two decimals, half up.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Map<ProgressStatus, BigDecimal> STATUS_PERCENT = Map.of(
            ProgressStatus.DONE, HUNDRED, ProgressStatus.ON_TRACK, HUNDRED,
            ProgressStatus.BEHIND, new BigDecimal("85"), ProgressStatus.BLOCKED, new BigDecimal("50"));
    private static final Map<ProgressStatus, String> STATUS_LABEL = Map.of(ProgressStatus.DONE, "已完成",
            ProgressStatus.ON_TRACK, "正常推进", ProgressStatus.BEHIND, "滞后", ProgressStatus.BLOCKED, "受阻");

    private static final Map<TaskFacts.Review, String> REVIEW_LABEL = Map.of(TaskFacts.Review.DRAFT, "草稿",
            TaskFacts.Review.PENDING, "待审核", TaskFacts.Review.RETURNED, "已退回", TaskFacts.Review.APPROVED, "已审核");

    private static final Map<BreachFacts.State, String> BREACH_STATE = Map.of(BreachFacts.State.RECORDED, "已认定",
            BreachFacts.State.APPEALED, "申诉中", BreachFacts.State.APPEAL_REJECTED, "申诉驳回",
            BreachFacts.State.REVOKED, "已撤销");

    private Scorer() {
    }

    public static Scorecard score(PlanFacts plan, String department, Period period, LocalDate asOf, RuleSet rules) {
        LocalDate day = asOf.isBefore(period.lastDay()) ? asOf : period.lastDay();
        List<Alert> alerts = new ArrayList<>();
        var completion = completion(plan, department, day, rules, alerts);
        var timeliness = timeliness(plan, department, period, asOf, rules, alerts);
        var materials = materials(plan, department, period, asOf);
        var supervision = supervision(plan, department, period, asOf, rules);
        openGaps(plan, department, asOf, alerts);
        // every computation runs (its alerts and the light matter whatever the weights); the rules say which
        // components count, with what label and weight
        Map<String, Component> computed = Map.of(completion.name(), completion, timeliness.name(), timeliness,
                materials.name(), materials, supervision.name(), supervision);
        int weights = 0;
        for (ComponentRule rule : rules.components()) {
            if (computed.get(rule.name()).applicable()) {
                weights += rule.weight();
            }
        }
        List<Component> components = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        for (ComponentRule rule : rules.components()) {
            Component component = computed.get(rule.name()).under(rule, weights);
            components.add(component);
            if (component.applicable()) {
                weighted = weighted.add(component.score().multiply(BigDecimal.valueOf(rule.weight())));
            }
        }
        BigDecimal base = weights == 0 ? BigDecimal.ZERO.setScale(2)
                : weighted.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        var bonuses = bonuses(plan, department, period);
        var breaches = breaches(plan, department, period, asOf, rules);
        BigDecimal bonus = sum(bonuses);
        BigDecimal deductions = sum(breaches).negate();
        boolean vetoed = plan.breachesOf(department).stream().anyMatch(breach -> breach.counts()
                && period.contains(breach.occurredOn()) && !breach.occurredOn().isAfter(asOf)
                && rules.vetoes(breach.indicatorId()));
        BigDecimal total = vetoed ? BigDecimal.ZERO.setScale(2)
                : base.add(bonus).subtract(deductions).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        Warning warning = completion.applicable() ? Warning.of(completion.score(), rules.thresholds()) : Warning.NONE;
        return new Scorecard(plan.planId(), department, period.toString(), asOf, rules.version(), total, base,
                bonus, deductions, vetoed, warning, components, bonuses, breaches, alerts);
    }

    private static Component completion(PlanFacts plan, String department, LocalDate day, RuleSet rules,
                                        List<Alert> alerts) {
        List<ScoreItem> items = new ArrayList<>();
        List<UncountedTask> notCounted = new ArrayList<>();
        for (TaskFacts task : plan.tasksOf(department)) {
            if (plan.indicator(task.indicatorId()).map(indicator -> indicator.withdrawn()).orElse(false)
                    || task.title() == null) {
                continue;
            }
            if (!task.counts()) {
                notCounted.add(new UncountedTask(task.taskId(), task.title(), task.review(),
                        REVIEW_LABEL.get(task.review()) + "：六定未经办公室审核通过，不计入完成情况", task.definedBy()));
                continue;
            }
            var item = taskItem(plan, task, day, rules);
            items.add(item);
            if (item.warning() == Warning.RED || item.warning() == Warning.YELLOW) {
                alerts.add(new Alert(item.warning().name(), task.taskId(), task.title(), deadlineOf(plan, task)));
            }
        }
        return component("completion", items, notCounted);
    }

    /** One task against its time-proportional plan, and the warning light that goes with it. */
    static ScoreItem taskItem(PlanFacts plan, TaskFacts task, LocalDate day, RuleSet rules) {
        BigDecimal planned = plannedShare(plan.issuedOn(), deadlineOf(plan, task), day);
        var latest = task.latestUpTo(YearMonth.from(day));
        BigDecimal percentOfPlan;
        String how;
        if (task.qualitative()) {
            // a status already says how the task stands against its plan: it is the percentage of plan itself
            var status = latest.map(ProgressFact::status).filter(Objects::nonNull);
            percentOfPlan = status.map(STATUS_PERCENT::get)
                    .orElse(planned.signum() == 0 ? HUNDRED : BigDecimal.ZERO);
            how = status.map(found -> "定性任务，最新状态“" + STATUS_LABEL.get(found) + "”")
                    .orElse("定性任务，未报进展");
        } else {
            BigDecimal actual = latest.map(ProgressFact::actualValue).filter(Objects::nonNull)
                    .orElse(BigDecimal.ZERO);
            // a target of 0 (only in history from before quantities had to be > 0) measures nothing: 0 %, never
            // the 100 % it once gave a department that set itself nothing to do
            boolean measurable = task.targetValue().signum() > 0;
            BigDecimal achieved = !measurable ? BigDecimal.ZERO
                    : actual.multiply(HUNDRED).divide(task.targetValue(), 4, RoundingMode.HALF_UP);
            percentOfPlan = !measurable ? BigDecimal.ZERO : planned.signum() == 0 ? HUNDRED
                    : achieved.multiply(HUNDRED).divide(planned, 4, RoundingMode.HALF_UP);
            how = (measurable ? "" : "目标值不大于 0，无从衡量完成情况，按 0 计；") + "实际 " + actual.stripTrailingZeros().toPlainString() + " / 目标 "
                    + task.targetValue().stripTrailingZeros().toPlainString() + " " + Objects.toString(task.unit(), "")
                    + " = " + achieved.setScale(2, RoundingMode.HALF_UP) + "%；按时序应完成 "
                    + planned.setScale(2, RoundingMode.HALF_UP) + "%";
        }
        BigDecimal score = percentOfPlan.min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        String explanation = how + "；完成进度比 " + percentOfPlan.setScale(2, RoundingMode.HALF_UP) + "%，得分 "
                + score;
        List<EventRef> events = Stream.concat(task.definedBy().stream(),
                latest.map(fact -> Stream.of(fact.event())).orElse(Stream.empty())).toList();
        return new ScoreItem(task.taskId(), task.title(), score, Warning.of(percentOfPlan, rules.thresholds()),
                explanation, events);
    }

    /** The share of a task's work (in %) its time-proportional plan expects done by {@code day}. */
    public static BigDecimal plannedShareOf(PlanFacts plan, TaskFacts task, LocalDate day) {
        return plannedShare(plan.issuedOn(), deadlineOf(plan, task), day);
    }

    private static LocalDate deadlineOf(PlanFacts plan, TaskFacts task) {
        return task.deadline() != null ? task.deadline() : LocalDate.of(plan.year(), 12, 31);
    }

    /** The share of the work (in %) the plan expects done by {@code day}: elapsed days ÷ planned days. */
    static BigDecimal plannedShare(LocalDate start, LocalDate deadline, LocalDate day) {
        if (!day.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        if (!deadline.isAfter(start) || !day.isBefore(deadline)) {
            return HUNDRED;
        }
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day)).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, deadline)), 4, RoundingMode.HALF_UP);
    }

    private static Component timeliness(PlanFacts plan, String department, Period period, LocalDate asOf,
                                        RuleSet rules, List<Alert> alerts) {
        List<ScoreItem> items = new ArrayList<>();
        YearMonth first = max(period.firstMonth(), YearMonth.from(plan.issuedOn()));
        var checks = plan.checksOf(department);
        for (YearMonth month = first; !month.isAfter(period.lastMonth()); month = month.plusMonths(1)) {
            YearMonth thisMonth = month;
            var check = checks.stream().filter(found -> found.month().equals(thisMonth)).findFirst();
            LocalDate dueOn = check.map(found -> found.dueOn()).orElse(month.atEndOfMonth());
            String label = month + " 月度小结";
            if (check.isPresent() && check.get().submitted() != null) {
                items.add(lateness(check.get().checkId(), label, check.get().daysLate(), rules,
                        List.of(check.get().opened(), check.get().submitted())));
            } else if (dueOn.isBefore(asOf)) {
                items.add(overdue(check.map(found -> found.checkId()).orElse(department + "/" + month), label,
                        check.map(found -> List.of(found.opened())).orElse(List.of())));
                alerts.add(new Alert("OVERDUE_CHECK", items.get(items.size() - 1).subject(), label, dueOn));
            }
        }
        for (String quarter : quartersFrom(plan, period)) {
            var report = report(plan, department, quarter);
            LocalDate dueOn = report == null ? quarterEnd(quarter) : report.dueOn();
            String label = quarter + " 季度报告";
            if (report != null && report.firstSubmission() != null) {
                items.add(lateness(report.reportId(), label, report.daysLate(), rules,
                        List.of(report.drafted(), report.firstSubmission())));
            } else if (dueOn.isBefore(asOf)) {
                items.add(overdue(report == null ? department + "/" + quarter : report.reportId(), label,
                        report == null ? List.of() : List.of(report.drafted())));
                alerts.add(new Alert("OVERDUE_REPORT", items.get(items.size() - 1).subject(), label, dueOn));
            }
        }
        return component("timeliness", items);
    }

    private static ScoreItem lateness(String subject, String label, int daysLate, RuleSet rules,
                                      List<EventRef> events) {
        BigDecimal score = HUNDRED.subtract(rules.latePenaltyPerDay().multiply(BigDecimal.valueOf(daysLate)))
                .max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        String explanation = daysLate == 0 ? "按时报送，得分 100"
                : "逾期 " + daysLate + " 天，100 − " + daysLate + " × "
                + rules.latePenaltyPerDay().stripTrailingZeros().toPlainString() + " = " + score;
        return new ScoreItem(subject, label, score, Warning.NONE, explanation, events);
    }

    private static ScoreItem overdue(String subject, String label, List<EventRef> events) {
        return new ScoreItem(subject, label, BigDecimal.ZERO.setScale(2), Warning.NONE, "逾期未报，得分 0", events);
    }

    private static Component materials(PlanFacts plan, String department, Period period, LocalDate asOf) {
        List<ScoreItem> items = new ArrayList<>();
        for (String quarter : quartersFrom(plan, period)) {
            var report = report(plan, department, quarter);
            String label = quarter + " 佐证资料";
            if (report != null && report.firstSubmission() != null) {
                var usable = report.evidence().stream()
                        .filter(id -> plan.evidence(id).map(found -> found.withdrawn() == null).orElse(true))
                        .toList();
                long archived = usable.stream()
                        .filter(id -> plan.evidence(id).map(found -> found.archived() != null).orElse(false))
                        .count();
                BigDecimal score = usable.isEmpty() ? BigDecimal.ZERO.setScale(2)
                        : new BigDecimal("50").add(new BigDecimal("50").multiply(BigDecimal.valueOf(archived))
                        .divide(BigDecimal.valueOf(usable.size()), 2, RoundingMode.HALF_UP));
                List<EventRef> events = new ArrayList<>(List.of(report.evidenceFrom()));
                usable.forEach(id -> plan.evidence(id).map(found -> found.archived()).ifPresent(events::add));
                items.add(new ScoreItem(report.reportId(), label, score, Warning.NONE, usable.isEmpty()
                        ? "报告未附佐证资料，得分 0"
                        : "附佐证 " + usable.size() + " 件 (50) + 已归档 " + archived + "/" + usable.size()
                        + " × 50 = " + score, events));
            } else if ((report == null ? quarterEnd(quarter) : report.dueOn()).isBefore(asOf)) {
                items.add(overdue(report == null ? department + "/" + quarter : report.reportId(), label,
                        List.of()));
            }
        }
        return component("materials", items);
    }

    /**
     * Per quarter of the period: the office's supervision score (none assigned: no item, as before chases — unless
     * a chase cost something, then from 100) less what the department's 督办单 cost under the chase rules, not
     * below 0; each deduction is written out so the department sees why.
     */
    private static Component supervision(PlanFacts plan, String department, Period period, LocalDate asOf,
                                         RuleSet rules) {
        List<ScoreItem> items = new ArrayList<>();
        List<ChaseCosts.Cost> costs = ChaseCosts.of(plan.chasesOf(department), asOf, rules.chaseRules());
        for (String quarter : period.quarters()) {
            var assigned = plan.supervision(department, quarter);
            List<ChaseCosts.Cost> ofQuarter = costs.stream().filter(cost -> quarter.equals(cost.quarter())).toList();
            if (assigned.isPresent() || !ofQuarter.isEmpty()) {
                items.add(supervisionItem(quarter, assigned.orElse(null), ofQuarter));
            }
        }
        return component("supervision", items);
    }

    /** One quarter's 督办: the office's score (or 100 if it gave none) less its chases' costs, in words. */
    private static ScoreItem supervisionItem(String quarter, SupervisionScore assigned, List<ChaseCosts.Cost> costs) {
        if (costs.isEmpty()) {
            // without chases the line reads as it always did: the office's score with its comment
            return new ScoreItem(quarter, quarter + " 督办评分", assigned.score().setScale(2, RoundingMode.HALF_UP),
                    Warning.NONE, Objects.toString(assigned.comment(), ""), List.of(assigned.event()));
        }
        BigDecimal start = assigned == null ? HUNDRED : assigned.score();
        BigDecimal deducted = costs.stream().map(ChaseCosts.Cost::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = start.subtract(deducted).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        List<String> parts = new ArrayList<>();
        List<EventRef> events = new ArrayList<>();
        if (assigned == null) {
            parts.add("办公室尚未评分，按 100 计");
        } else {
            parts.add("办公室督办评分 " + points(assigned.score()) + (assigned.comment() == null
                    || assigned.comment().isBlank() ? "" : "（" + assigned.comment() + "）"));
            events.add(assigned.event());
        }
        for (ChaseCosts.Cost cost : costs) {
            parts.add(cost.explanation());
            events.addAll(cost.events());
        }
        parts.add(points(start) + " − " + points(deducted) + " = " + score
                + (deducted.compareTo(start) > 0 ? "（不低于 0）" : ""));
        return new ScoreItem(quarter, quarter + " 督办评分", score, Warning.NONE, String.join("；", parts), events);
    }

    private static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }

    private static List<ScoreItem> bonuses(PlanFacts plan, String department, Period period) {
        return plan.bonusesOf(department).stream()
                .filter(bonus -> period.quarters().contains(bonus.quarter()))
                .map(bonus -> new ScoreItem(bonus.event().eventId(), bonus.quarter() + " 加分",
                        bonus.points().setScale(2, RoundingMode.HALF_UP), Warning.NONE,
                        Objects.toString(bonus.reason(), ""), List.of(bonus.event())))
                .toList();
    }

    /** Negative-list deductions, as negative scores; revoked breaches do not count. */
    private static List<ScoreItem> breaches(PlanFacts plan, String department, Period period, LocalDate asOf,
                                            RuleSet rules) {
        return plan.breachesOf(department).stream()
                .filter(breach -> breach.counts() && period.contains(breach.occurredOn())
                        && !breach.occurredOn().isAfter(asOf))
                .map(breach -> {
                    String item = plan.indicator(breach.indicatorId()).map(found -> found.code())
                            .orElse(breach.indicatorId());
                    boolean veto = rules.vetoes(breach.indicatorId());
                    BigDecimal deduction = rules.deductionFor(breach.indicatorId()).setScale(2, RoundingMode.HALF_UP);
                    return new ScoreItem(breach.breachId(), "负面清单 " + item, deduction.negate(), Warning.NONE,
                            veto ? "一票否决项" : "扣 " + deduction + " 分（" + BREACH_STATE.get(breach.state()) + "）",
                            breach.events());
                })
                .toList();
    }

    private static void openGaps(PlanFacts plan, String department, LocalDate asOf, List<Alert> alerts) {
        plan.gapsOf(department).stream().filter(gap -> gap.closed() == null).forEach(gap -> alerts.add(new Alert(
                gap.fixBy() != null && gap.fixBy().isBefore(asOf) ? "OVERDUE_GAP" : "OPEN_GAP", gap.gapId(),
                gap.description(), gap.fixBy())));
    }

    private static Component component(String name, List<ScoreItem> items) {
        return component(name, items, List.of());
    }

    /** A computation's result, before the rules give it a label and a weight ({@link Component#under}). */
    private static Component component(String name, List<ScoreItem> items, List<UncountedTask> notCounted) {
        if (items.isEmpty()) {
            return new Component(name, name, 0, false, BigDecimal.ZERO.setScale(2), null, items, notCounted);
        }
        BigDecimal mean = sum(items).divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
        return new Component(name, name, 0, true, mean, null, items, notCounted);
    }

    private static BigDecimal sum(List<ScoreItem> items) {
        return items.stream().map(ScoreItem::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static ReportFacts report(PlanFacts plan, String department, String quarter) {
        return plan.reportsOf(department).stream().filter(found -> found.quarter().equals(quarter)).findFirst()
                .orElse(null);
    }

    /** The quarters of the period from the one the notice was issued in. */
    private static List<String> quartersFrom(PlanFacts plan, Period period) {
        String first = Period.quarterOf(plan.issuedOn()).toString();
        return period.quarters().stream().filter(quarter -> quarter.compareTo(first) >= 0).toList();
    }

    private static LocalDate quarterEnd(String quarter) {
        return Period.parse(quarter).lastDay();
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
