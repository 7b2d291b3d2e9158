package kaohe.scoring.rules.command;

import kaohe.platform.command.Refusal;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.WarningThresholds;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a rule set well formed — for an adoption and for a what-if alike: components only those scoring can
 * compute, each once, with a label, weights not negative and adding up to 100 (a component left out weighs
 * nothing); 0 &lt; yellow &lt; green ≤ 100; penalties and deductions, the chase rules' too, within 0–100; breach
 * rules only for the plan's negative-list items, one each.
 */
public final class RulesValidation {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int LABEL_LENGTH = 20;
    private static final Set<String> KNOWN = Set.copyOf(ComponentRule.DEFAULTS.stream().map(ComponentRule::name)
            .toList());

    private RulesValidation() {
    }

    public static void require(String planId, List<ComponentRule> components, WarningThresholds thresholds,
                               BigDecimal latePenaltyPerDay, BigDecimal defaultDeduction, List<BreachRule> breachRules,
                               ChaseRules chaseRules, ScoringCatalog catalog) {
        requireComponents(components);
        if (thresholds == null || thresholds.green() == null || thresholds.yellow() == null
                || thresholds.yellow().signum() <= 0 || thresholds.yellow().compareTo(thresholds.green()) >= 0
                || thresholds.green().compareTo(HUNDRED) > 0) {
            throw Refusal.invalidField("thresholds", "thresholds-out-of-order");
        }
        requirePoints("latePenaltyPerDay", latePenaltyPerDay);
        requirePoints("defaultDeduction", defaultDeduction);
        if (chaseRules == null) {
            throw Refusal.invalidField("chaseRules", "chase-rules-required");
        }
        requirePoints("chaseRules.overduePenalty", chaseRules.overduePenalty());
        requirePoints("chaseRules.overduePerDay", chaseRules.overduePerDay());
        requirePoints("chaseRules.reopenedPenalty", chaseRules.reopenedPenalty());
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

    private static void requireComponents(List<ComponentRule> components) {
        if (components == null || components.isEmpty()) {
            throw Refusal.invalidField("components", "weights-not-100", 0);
        }
        Set<String> names = new HashSet<>();
        int sum = 0;
        boolean negative = false;
        for (ComponentRule component : components) {
            if (component == null || component.name() == null || !KNOWN.contains(component.name())) {
                throw Refusal.invalidField("components", "unknown-component",
                        component == null ? null : component.name());
            }
            if (!names.add(component.name())) {
                throw Refusal.invalidField("components", "duplicate-component", component.name());
            }
            if (component.label() == null || component.label().isBlank()
                    || component.label().length() > LABEL_LENGTH) {
                throw Refusal.invalidField("components", "component-label-required", component.name());
            }
            negative |= component.weight() < 0;
            sum += component.weight();
        }
        if (negative || sum != 100) {
            throw Refusal.invalidField("components", "weights-not-100", sum);
        }
    }

    private static void requirePoints(String field, BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(HUNDRED) > 0) {
            throw Refusal.invalidField(field, "points-out-of-range", points);
        }
    }
}
