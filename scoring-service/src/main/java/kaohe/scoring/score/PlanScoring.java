package kaohe.scoring.score;

import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.model.Touched;
import kaohe.scoring.rules.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The persisted projections of a plan: what one event (or a rebuild, or a new day) makes to be computed again. */
public final class PlanScoring {

    private PlanScoring() {
    }

    /** Scorecards of the year and its quarters for each department, under the plan's current rules. */
    public static List<Scorecard> scorecards(PlanFacts plan, Collection<String> departments, LocalDate day) {
        RuleSet rules = plan.currentRules();
        List<Scorecard> cards = new ArrayList<>();
        for (String department : departments) {
            for (Period period : Period.allOf(plan.year())) {
                cards.add(Scorer.score(plan, department, period, day, rules));
            }
        }
        return cards;
    }

    public static List<IndicatorProgress> progress(PlanFacts plan, Collection<String> indicatorIds, LocalDate day) {
        RuleSet rules = plan.currentRules();
        return indicatorIds.stream().map(id -> plan.indicator(id).orElse(null))
                .filter(indicator -> indicator != null && indicator.kind() != null)
                .map(indicator -> IndicatorProgress.of(plan, indicator, day, rules)).toList();
    }

    public static Collection<String> departments(PlanFacts plan, Touched touched) {
        return touched.wholePlan() ? plan.scoredDepartments() : touched.departments();
    }

    public static Collection<String> indicators(PlanFacts plan, Touched touched) {
        return touched.wholePlan() ? plan.indicators().stream().map(indicator -> indicator.indicatorId()).toList()
                : touched.indicators();
    }

    /** A plan is scored once the notice defining it has been seen. */
    public static boolean scorable(PlanFacts plan) {
        return plan.year() > 0;
    }
}
