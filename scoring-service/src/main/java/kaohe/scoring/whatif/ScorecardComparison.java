package kaohe.scoring.whatif;

import kaohe.scoring.score.Component;
import kaohe.scoring.score.Scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two views of one department's scorecard side by side: what changed between two days or two rule versions. */
public record ScorecardComparison(String department, String period, View left, View right, BigDecimal totalDelta,
                                  List<ComponentDelta> components, BigDecimal bonusDelta,
                                  BigDecimal deductionsDelta) {

    public record View(LocalDate asOf, int rulesVersion, BigDecimal total, boolean vetoed, String warning) {
    }

    public record ComponentDelta(String name, String label, int leftWeight, int rightWeight, BigDecimal left,
                                 BigDecimal right, BigDecimal delta) {
    }

    public static ScorecardComparison of(Scorecard left, Scorecard right) {
        // two rules versions may count different components: each named in either, in the left's order first
        Map<String, Component> lefts = byName(left);
        Map<String, Component> rights = byName(right);
        Set<String> names = new LinkedHashSet<>(lefts.keySet());
        names.addAll(rights.keySet());
        List<ComponentDelta> components = names.stream().map(name -> {
            Component one = lefts.get(name);
            Component other = rights.get(name);
            BigDecimal a = one != null && one.applicable() ? one.score() : null;
            BigDecimal b = other != null && other.applicable() ? other.score() : null;
            return new ComponentDelta(name, (one != null ? one : other).label(), one == null ? 0 : one.weight(),
                    other == null ? 0 : other.weight(), a, b, a == null || b == null ? null : b.subtract(a));
        }).toList();
        return new ScorecardComparison(left.department(), left.period(), view(left), view(right),
                right.total().subtract(left.total()), components, right.bonus().subtract(left.bonus()),
                right.deductions().subtract(left.deductions()));
    }

    private static Map<String, Component> byName(Scorecard card) {
        Map<String, Component> components = new LinkedHashMap<>();
        card.components().forEach(component -> components.put(component.name(), component));
        return components;
    }

    private static View view(Scorecard card) {
        return new View(card.asOf(), card.rulesVersion(), card.total(), card.vetoed(), card.warning().name());
    }
}
