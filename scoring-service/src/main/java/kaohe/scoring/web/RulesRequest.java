package kaohe.scoring.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.WarningThresholds;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole rule set: to adopt (with a reason) or to try as a what-if. The components are a list keyed by name
 * ({@code [{name, label, weight}]}); the chase rules say what 督办单 cost the 督办 component.
 */
public record RulesRequest(@NotNull @Size(min = 1, max = 10) List<@NotNull ComponentRule> components,
                           @NotNull @Valid WarningThresholds thresholds,
                           @NotNull BigDecimal latePenaltyPerDay, @NotNull BigDecimal defaultDeduction,
                           @Size(max = 50) List<@NotNull BreachRule> breachRules, @NotNull ChaseRules chaseRules,
                           @Size(max = 500) String reason, String period) {

    public List<BreachRule> rules() {
        return breachRules == null ? List.of() : breachRules;
    }
}
