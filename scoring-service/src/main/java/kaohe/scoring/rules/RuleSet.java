package kaohe.scoring.rules;

import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.ScoringRulesAdoptedEventV2;
import kaohe.scoring.event.WarningThresholds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of a plan's scoring rules. Version 0 is the default every plan starts with (README, "Scoring
 * rules"): completion 40, timeliness 20, materials 20, supervision 20; green at ≥ 95 % of the time-proportional
 * plan, yellow at ≥ 85 %; 10 points of an item per day late; 2 points per negative-list breach, no veto until the
 * office names one; the default chase rules ({@link ChaseRules#DEFAULT}).
 */
public record RuleSet(int version, List<ComponentRule> components, WarningThresholds thresholds,
                      BigDecimal latePenaltyPerDay, BigDecimal defaultDeduction, List<BreachRule> breachRules,
                      ChaseRules chaseRules, Instant adoptedAt, String adoptedBy, String reason) {

    public static final RuleSet DEFAULT = new RuleSet(0, ComponentRule.DEFAULTS,
            new WarningThresholds(new BigDecimal("95"), new BigDecimal("85")), BigDecimal.TEN, new BigDecimal("2"),
            List.of(), ChaseRules.DEFAULT, null, "system", "默认规则");

    public RuleSet {
        components = List.copyOf(components);
        breachRules = List.copyOf(breachRules);
    }

    public static RuleSet adopted(ScoringRulesAdoptedEventV2 event, Instant at, String by, String reason) {
        return new RuleSet(event.version(), event.components(), event.thresholds(), event.latePenaltyPerDay(),
                event.defaultDeduction(), event.breachRules(), event.chaseRules(), at, by, reason);
    }

    public BigDecimal deductionFor(String indicatorId) {
        return breachRules.stream().filter(rule -> rule.indicatorId().equals(indicatorId))
                .map(BreachRule::deduction).findFirst().orElse(defaultDeduction);
    }

    public boolean vetoes(String indicatorId) {
        return breachRules.stream().anyMatch(rule -> rule.indicatorId().equals(indicatorId) && rule.veto());
    }
}
