package kaohe.scoring.live;

import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.rules.command.ScoringCatalog;
import kaohe.scoring.score.PlanScoring;
import org.springframework.stereotype.Component;

import java.util.OptionalInt;

/** The office's acts checked against the live fold: the plans, departments and negative-list items it knows. */
@Component
public class LiveScoringCatalog implements ScoringCatalog {

    private final LiveScoring live;

    public LiveScoringCatalog(LiveScoring live) {
        this.live = live;
    }

    @Override
    public OptionalInt planYear(String planId) {
        return live.read(state -> state.plan(planId).filter(PlanScoring::scorable)
                .map(plan -> OptionalInt.of(plan.year())).orElse(OptionalInt.empty()));
    }

    @Override
    public boolean knowsDepartment(String planId, String department) {
        return live.read(state -> state.plan(planId).map(PlanFacts::departments)
                .map(departments -> departments.contains(department)).orElse(false));
    }

    @Override
    public boolean isNegativeListItem(String planId, String indicatorId) {
        return live.read(state -> state.plan(planId).map(plan -> plan.isNegativeListItem(indicatorId))
                .orElse(false));
    }
}
