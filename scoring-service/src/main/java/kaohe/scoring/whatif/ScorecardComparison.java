package kaohe.scoring.whatif;

import kaohe.scoring.score.Component;
import kaohe.scoring.score.Scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        List<ComponentDelta> components = left.components().stream().map(component -> {
            Component other = right.component(component.name());
            BigDecimal a = component.applicable() ? component.score() : null;
            BigDecimal b = other.applicable() ? other.score() : null;
            return new ComponentDelta(component.name(), component.label(), component.weight(), other.weight(), a, b,
                    a == null || b == null ? null : b.subtract(a));
        }).toList();
        return new ScorecardComparison(left.department(), left.period(), view(left), view(right),
                right.total().subtract(left.total()), components, right.bonus().subtract(left.bonus()),
                right.deductions().subtract(left.deductions()));
    }

    private static View view(Scorecard card) {
        return new View(card.asOf(), card.rulesVersion(), card.total(), card.vetoed(), card.warning().name());
    }
}
