package kaohe.scoring.rules.command;

import kaohe.platform.command.Refusal;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ComponentWeights;
import kaohe.scoring.event.WarningThresholds;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a rule set well formed — for an adoption and for a what-if alike: weights not negative and adding
 * up to 100; 0 &lt; yellow &lt; green ≤ 100; penalties and deductions within 0–100; breach rules only for the
 * plan's negative-list items, one each.
 */
public final class RulesValidation {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private RulesValidation() {
    }

    public static void require(String planId, ComponentWeights weights, WarningThresholds thresholds,
                               BigDecimal latePenaltyPerDay, BigDecimal defaultDeduction, List<BreachRule> breachRules,
                               ScoringCatalog catalog) {
        if (weights == null || weights.completion() < 0 || weights.timeliness() < 0 || weights.materials() < 0
                || weights.supervision() < 0 || weights.sum() != 100) {
            throw Refusal.invalidField("weights", "weights-not-100", weights == null ? 0 : weights.sum());
        }
        if (thresholds == null || thresholds.green() == null || thresholds.yellow() == null
                || thresholds.yellow().signum() <= 0 || thresholds.yellow().compareTo(thresholds.green()) >= 0
                || thresholds.green().compareTo(HUNDRED) > 0) {
            throw Refusal.invalidField("thresholds", "thresholds-out-of-order");
        }
        requirePoints("latePenaltyPerDay", latePenaltyPerDay);
        requirePoints("defaultDeduction", defaultDeduction);
        Set<String> items = new HashSet<>();
        for (BreachRule rule : breachRules) {
            if (rule == null || rule.indicatorId() == null
                    || !catalog.isNegativeListItem(planId, rule.indicatorId())) {
                throw Refusal.invalidField("breachRules", "unknown-negative-list-item",
                        rule == null ? null : rule.indicatorId());
            }
            if (!items.add(rule.indicatorId())) {
                throw Refusal.invalidField("breachRules", "duplicate-breach-rule", rule.indicatorId());
            }
            requirePoints("breachRules", rule.deduction());
        }
    }

    private static void requirePoints(String field, BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(HUNDRED) > 0) {
            throw Refusal.invalidField(field, "points-out-of-range", points);
        }
    }
}
