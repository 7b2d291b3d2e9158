package kaohe.scoring.whatif;

import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.rules.RuleSet;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.Scorecard;
import kaohe.scoring.score.Scorer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every department's total and rank today under the rules in force and under a proposed rule set, side by side. */
@Component
public class RulesWhatIf {

    public record Line(String department, BigDecimal current, BigDecimal proposed, BigDecimal delta, int currentRank,
                       int proposedRank) {
    }

    public record Result(String planId, String period, int currentVersion, List<Line> departments) {
    }

    private final LiveScoring live;

    public RulesWhatIf(LiveScoring live) {
        this.live = live;
    }

    public Result compare(String planId, Period period, RuleSet proposed) {
        return live.read(state -> {
            PlanFacts plan = state.plan(planId).orElseThrow();
            var today = live.today();
            List<Scorecard> current = new ArrayList<>();
            List<Scorecard> changed = new ArrayList<>();
            for (String department : plan.scoredDepartments()) {
                current.add(Scorer.score(plan, department, period, today, plan.currentRules()));
                changed.add(Scorer.score(plan, department, period, today, proposed));
            }
            Map<String, Integer> currentRanks = ranks(current);
            Map<String, Integer> proposedRanks = ranks(changed);
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < current.size(); i++) {
                var before = current.get(i);
                var after = changed.get(i);
                lines.add(new Line(before.department(), before.total(), after.total(),
                        after.total().subtract(before.total()), currentRanks.get(before.department()),
                        proposedRanks.get(after.department())));
            }
            lines.sort(Comparator.comparing(Line::proposedRank).thenComparing(Line::department));
            return new Result(planId, period.toString(), plan.currentRules().version(), lines);
        });
    }

    /** Competition ranking: equal totals share a rank (1, 2, 2, 4). */
    static Map<String, Integer> ranks(List<Scorecard> cards) {
        List<Scorecard> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparing(Scorecard::total).reversed());
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0;
            ranks.put(sorted.get(i).department(), tied ? ranks.get(sorted.get(i - 1).department()) : i + 1);
        }
        return ranks;
    }
}
