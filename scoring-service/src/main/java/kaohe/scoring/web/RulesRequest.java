package kaohe.scoring.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ComponentWeights;
import kaohe.scoring.event.WarningThresholds;

import java.math.BigDecimal;
import java.util.List;

/** A whole rule set: to adopt (with a reason) or to try as a what-if. */
public record RulesRequest(@NotNull @Valid ComponentWeights weights, @NotNull @Valid WarningThresholds thresholds,
                           @NotNull BigDecimal latePenaltyPerDay, @NotNull BigDecimal defaultDeduction,
                           @Size(max = 50) List<@NotNull BreachRule> breachRules, @Size(max = 500) String reason,
                           String period) {

    public List<BreachRule> rules() {
        return breachRules == null ? List.of() : breachRules;
    }
}
