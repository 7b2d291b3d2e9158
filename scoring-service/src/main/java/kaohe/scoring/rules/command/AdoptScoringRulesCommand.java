package kaohe.scoring.rules.command;

import kaohe.platform.command.Reasoned;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.WarningThresholds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;

/**
 * The office adopts a new version of a plan's scoring rules, and says why; {@code expectedVersion} is the version
 * it read (0 for the default), so two offices editing at once cannot overwrite each other unseen.
 */
public record AdoptScoringRulesCommand(@TargetAggregateIdentifier String planId, long expectedVersion,
                                       List<ComponentRule> components, WarningThresholds thresholds,
                                       BigDecimal latePenaltyPerDay, BigDecimal defaultDeduction,
                                       List<BreachRule> breachRules, ChaseRules chaseRules, String reason)
        implements Reasoned {
}
