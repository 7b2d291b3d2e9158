package kaohe.scoring.score;

import kaohe.scoring.model.IndicatorFacts;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.model.ProgressFact;
import kaohe.scoring.model.TaskFacts;
import kaohe.scoring.rules.RuleSet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * An indicator's progress: each task's latest actual against its target and its light, and the roll-up — the mean
 * of its tasks' scores against plan, the worst light, and per quantitative target the sum of the tasks' actuals
 * against the indicator's target.
 */
public record IndicatorProgress(String planId, String indicatorId, String code, String kind, String text,
                                List<String> leaders, BigDecimal percentOfPlan, Warning warning,
                                List<TaskProgress> tasks, List<TargetProgress> targets) {

    public record TaskProgress(String taskId, String department, String title, BigDecimal targetValue,
                               BigDecimal actualValue, String unit, BigDecimal percentOfPlan, Warning warning,
                               String explanation) {
    }

    public record TargetProgress(String key, BigDecimal targetValue, String unit, BigDecimal actualValue,
                                 BigDecimal percent) {
    }

    public static IndicatorProgress of(PlanFacts plan, IndicatorFacts indicator, LocalDate day, RuleSet rules) {
        List<TaskProgress> tasks = plan.tasksOfIndicator(indicator.indicatorId()).stream()
                .filter(task -> task.title() != null && task.counts())
                .map(task -> task(plan, task, day, rules)).toList();
        Warning worst = Warning.NONE;
        for (TaskProgress task : tasks) {
            worst = task.warning().worseThan(worst) ? task.warning() : worst;
        }
        BigDecimal mean = tasks.isEmpty() ? null : tasks.stream().map(TaskProgress::percentOfPlan)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(tasks.size()), 2, RoundingMode.HALF_UP);
        List<TargetProgress> targets = indicator.targets().stream().filter(target -> target.value() != null)
                .map(target -> {
                    BigDecimal actual = plan.tasksOfIndicator(indicator.indicatorId()).stream()
                            .filter(task -> task.counts() && target.key().equals(task.targetKey()))
                            .map(task -> latestActual(task, day)).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal percent = target.value().signum() == 0 ? null : actual.multiply(new BigDecimal("100"))
                            .divide(target.value(), 2, RoundingMode.HALF_UP);
                    return new TargetProgress(target.key(), target.value(), target.unit(), actual, percent);
                }).toList();
        return new IndicatorProgress(plan.planId(), indicator.indicatorId(), indicator.code(),
                indicator.kind() == null ? null : indicator.kind().label(), indicator.text(), indicator.leaders(),
                mean, worst, tasks, targets);
    }

    private static TaskProgress task(PlanFacts plan, TaskFacts task, LocalDate day, RuleSet rules) {
        var item = Scorer.taskItem(plan, task, day, rules);
        return new TaskProgress(task.taskId(), task.department(), task.title(), task.targetValue(),
                task.qualitative() ? null : latestActual(task, day), task.unit(), item.score(), item.warning(),
                item.explanation());
    }

    private static BigDecimal latestActual(TaskFacts task, LocalDate day) {
        return task.latestUpTo(YearMonth.from(day)).map(ProgressFact::actualValue).filter(Objects::nonNull)
                .orElse(BigDecimal.ZERO);
    }
}
