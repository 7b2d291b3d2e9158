package kaohe.scoring.score;

import kaohe.scoring.event.ComponentRule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One component of a department's score, named as the rules name it (completion 完成情况, timeliness 及时性,
 * materials 资料报送及归档, supervision 督办) with the rules' label and weight: the mean of its items' scores; left
 * out, with its weight, when nothing of it is due yet. {@code weighted} is its share of the base (score × weight ÷
 * the weights of the components that apply), null while it does not apply. {@code notCounted}: the department's
 * tasks completion leaves out until the office approves their six defines.
 */
public record Component(String name, String label, int weight, boolean applicable, BigDecimal score,
                        BigDecimal weighted, List<ScoreItem> items, List<UncountedTask> notCounted) {

    /** This computation as the rules count it: their label and weight, its share of {@code applicableWeights}. */
    Component under(ComponentRule rule, int applicableWeights) {
        BigDecimal share = !applicable ? null : applicableWeights == 0 ? BigDecimal.ZERO.setScale(2)
                : score.multiply(BigDecimal.valueOf(rule.weight()))
                .divide(BigDecimal.valueOf(applicableWeights), 2, RoundingMode.HALF_UP);
        return new Component(name, rule.label(), rule.weight(), applicable, score, share, items, notCounted);
    }
}
