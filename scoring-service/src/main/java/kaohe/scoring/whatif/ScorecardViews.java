package kaohe.scoring.whatif;

import kaohe.platform.command.Refusal;
import kaohe.scoring.live.EventFold;
import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.query.ScorecardQueries;
import kaohe.scoring.rules.RuleSet;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.PlanScoring;
import kaohe.scoring.score.Scorecard;
import kaohe.scoring.score.Scorer;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A department's scorecard as it stands (the live projection), as it stood at the end of any past day (the plan's
 * events known by then, folded again), and under any rules version (what-if). The same scorer computes all three.
 */
@Component
public class ScorecardViews {

    private final LiveScoring live;
    private final EventFold fold;
    private final ScorecardQueries queries;

    public ScorecardViews(LiveScoring live, EventFold fold, ScorecardQueries queries) {
        this.live = live;
        this.fold = fold;
        this.queries = queries;
    }

    /** {@code asOf} and {@code rulesVersion} may each be null: today, and the rules in force that day. */
    public Scorecard scorecard(String planId, String department, String periodText, LocalDate asOf,
                               Integer rulesVersion) {
        Period period = period(planId, periodText);
        requireDepartment(planId, department);
        if (asOf == null && rulesVersion == null) {
            return queries.scorecard(planId, period.toString(), department);
        }
        return scored(planId, asOf, rulesVersion, (plan, day, rules) -> Scorer.score(plan, department, period, day,
                rules));
    }

    /** What is computed from the plan as known on a day, under a rule set. */
    public interface Scoring<T> {
        T apply(PlanFacts plan, LocalDate day, RuleSet rules);
    }

    /** Every department's scorecards of several periods, scored from one plan as of one day under one rule set. */
    public static Map<Period, Map<String, Scorecard>> scoreAll(PlanFacts plan, List<Period> periods, LocalDate day,
                                                               RuleSet rules) {
        Map<Period, Map<String, Scorecard>> cards = new LinkedHashMap<>();
        for (Period period : periods) {
            Map<String, Scorecard> byDepartment = new LinkedHashMap<>();
            plan.scoredDepartments().forEach(department -> byDepartment.put(department,
                    Scorer.score(plan, department, period, day, rules)));
            cards.put(period, byDepartment);
        }
        return cards;
    }

    /**
     * {@code scoring} applied to the plan as known at the end of {@code asOf} (today when null) under rules
     * {@code rulesVersion} (when null, those in force that day); a day before the plan or after today, or an
     * unknown version, is refused.
     */
    public <T> T scored(String planId, LocalDate asOf, Integer rulesVersion, Scoring<T> scoring) {
        LocalDate today = live.today();
        LocalDate day = asOf == null ? today : asOf;
        LocalDate issuedOn = live.read(state -> state.plan(planId).orElseThrow().issuedOn());
        if (day.isBefore(issuedOn)) {
            throw Refusal.invalidField("asOf", "as-of-before-plan", day, issuedOn);
        }
        if (day.isAfter(today)) {
            throw Refusal.invalidField("asOf", "as-of-in-future", day, today);
        }
        RuleSet requested = rulesVersion == null ? null : live.read(state -> state.plan(planId).orElseThrow()
                .rulesVersion(rulesVersion)).orElseThrow(() ->
                Refusal.invalidField("rulesVersion", "unknown-rules-version", rulesVersion));
        if (day.equals(today)) {
            return live.read(state -> {
                PlanFacts plan = state.plan(planId).orElseThrow();
                return scoring.apply(plan, day, requested != null ? requested : plan.currentRules());
            });
        }
        PlanFacts then = fold.foldPlanThrough(planId, day)
                .plan(planId).filter(PlanScoring::scorable)
                .orElseThrow(() -> Refusal.invalidField("asOf", "as-of-before-plan", day, issuedOn));
        return scoring.apply(then, day, requested != null ? requested : then.currentRules());
    }

    /** The period, which must lie in the plan's year. */
    public Period period(String planId, String periodText) {
        int year = live.read(state -> state.plan(planId).filter(PlanScoring::scorable).map(PlanFacts::year))
                .orElseThrow(() -> Refusal.notFound("unknown-plan", planId));
        Period period = periodText == null || periodText.isBlank() ? Period.year(year) : Period.parse(periodText);
        if (period.year() != year) {
            throw Refusal.invalidField("period", "period-outside-plan", period, year);
        }
        return period;
    }

    /** A department the plan scores, or a 404. */
    public void requireDepartment(String planId, String department) {
        boolean known = live.read(state -> state.plan(planId).map(plan -> plan.scoredDepartments()
                .contains(department)).orElse(false));
        if (!known) {
            throw Refusal.notFound("unknown-department", department);
        }
    }
}
