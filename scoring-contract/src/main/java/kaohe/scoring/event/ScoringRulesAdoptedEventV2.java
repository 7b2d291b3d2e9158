package kaohe.scoring.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The office adopted a version of a plan's scoring rules (the reason is in the event's metadata): version 2 of
 * {@link ScoringRulesAdoptedEvent}, its components a list keyed by name instead of four fixed weights, and the
 * rules of what 督办单 cost ({@link ChaseRules}). Versions count from 1; version 0 is the documented default every
 * plan starts with.
 */
public record ScoringRulesAdoptedEventV2(String planId, int version, List<ComponentRule> components,
                                         WarningThresholds thresholds, BigDecimal latePenaltyPerDay,
                                         BigDecimal defaultDeduction, List<BreachRule> breachRules,
                                         ChaseRules chaseRules) {

    public ScoringRulesAdoptedEventV2 {
        components = List.copyOf(components);
        breachRules = List.copyOf(breachRules);
    }

    /**
     * A version 1 event as version 2 says it: its four weights become the four components in their order, with
     * their default labels; chases did not exist then, so the default chase rules apply.
     */
    public static ScoringRulesAdoptedEventV2 of(ScoringRulesAdoptedEvent v1) {
        ComponentWeights weights = v1.weights();
        int[] byOrder = {weights.completion(), weights.timeliness(), weights.materials(), weights.supervision()};
        List<ComponentRule> components = new ArrayList<>();
        for (int i = 0; i < byOrder.length; i++) {
            ComponentRule known = ComponentRule.DEFAULTS.get(i);
            components.add(new ComponentRule(known.name(), known.label(), byOrder[i]));
        }
        return new ScoringRulesAdoptedEventV2(v1.planId(), v1.version(), components, v1.thresholds(),
                v1.latePenaltyPerDay(), v1.defaultDeduction(), v1.breachRules(), ChaseRules.DEFAULT);
    }
}
