package kaohe.scoring.score;

import java.math.BigDecimal;

/**
 * A component's line in a ranking, a dashboard or an export, in the rules' order: its name, label and weight, its
 * score and its share of the base ({@code weighted}), both null while it does not apply yet.
 */
public record ComponentScore(String name, String label, int weight, BigDecimal score, BigDecimal weighted) {

    public static ComponentScore of(Component component) {
        return new ComponentScore(component.name(), component.label(), component.weight(),
                component.applicable() ? component.score() : null, component.weighted());
    }
}
