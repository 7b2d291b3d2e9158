package kaohe.scoring.export;

import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.query.RankingRow;

import java.util.List;

/** The component columns of an export: the labels of the rules the ranking was scored under, in their order. */
final class ExportColumns {

    private ExportColumns() {
    }

    static List<String> components(PlanFacts plan, List<RankingRow> ranking) {
        if (!ranking.isEmpty()) {
            return ranking.get(0).components().stream().map(component -> component.label()).toList();
        }
        return plan.currentRules().components().stream().map(ComponentRule::label).toList();
    }
}
