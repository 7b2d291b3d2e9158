package kaohe.scoring.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A department's score for a period as of a day under one rules version: the weighted components, bonus points
 * and negative-list deductions, a veto if one applies, its warning light and what needs attention.
 */
public record Scorecard(String planId, String department, String period, LocalDate asOf, int rulesVersion,
                        BigDecimal total, BigDecimal base, BigDecimal bonus, BigDecimal deductions, boolean vetoed,
                        Warning warning, List<Component> components, List<ScoreItem> bonuses,
                        List<ScoreItem> breaches, List<Alert> alerts) {

    public Component component(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst().orElseThrow();
    }

    /** The component's items; none if the rules leave the component out. */
    public List<ScoreItem> itemsOf(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst()
                .map(Component::items).orElse(List.of());
    }

    /** The components as rankings show them, in the rules' order. */
    public List<ComponentScore> componentScores() {
        return components.stream().map(ComponentScore::of).toList();
    }
}
