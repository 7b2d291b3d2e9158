package kaohe.scoring.event;

import java.math.BigDecimal;
import java.util.List;

/**
 * The office adopted a version of a plan's scoring rules (the reason is in the event's metadata). Versions count
 * from 1; version 0 is the documented default every plan starts with. {@code latePenaltyPerDay} is what each day a
 * monthly check or quarterly report is late costs of that item's 100; {@code defaultDeduction} is what a breach of
 * an item without a rule of its own costs.
 */
public record ScoringRulesAdoptedEvent(String planId, int version, ComponentWeights weights,
                                       WarningThresholds thresholds, BigDecimal latePenaltyPerDay,
                                       BigDecimal defaultDeduction, List<BreachRule> breachRules) {
}
