package kaohe.scoring.rules.command;

import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ScoringRulesAdoptedEventV2;
import kaohe.scoring.rules.RuleSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateCreationPolicy.CREATE_IF_MISSING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plan's scoring rules (评分规则) as versions: each adoption is checked whole — known components once each,
 * weights adding up to 100, thresholds in order, deductions and penalties (the chase rules' too) within 0–100,
 * breach rules only for the plan's negative-list items — and numbered one above the last. Version 0, the default, needs no adoption.
 */
@Aggregate
public class ScoringRulebook {

    @AggregateIdentifier
    private String planId;
    private int version;
    private ScoringRulesAdoptedEventV2 current;

    protected ScoringRulebook() {
    }

    @CommandHandler
    @CreationPolicy(CREATE_IF_MISSING)
    public void handle(AdoptScoringRulesCommand command, ScoringCatalog catalog) {
        Reasoned.require(command);
        if (catalog.planYear(command.planId()).isEmpty()) {
            throw Refusal.notFound("unknown-plan", command.planId());
        }
        if (command.expectedVersion() != version) {
            throw new Refusal(Refusal.Kind.STALE, "stale-version", Map.of(), command.expectedVersion(),
                    version);
        }
        List<BreachRule> given = command.breachRules() == null ? List.of() : command.breachRules();
        RulesValidation.require(command.planId(), command.components(), command.thresholds(),
                command.latePenaltyPerDay(), command.defaultDeduction(), given, command.chaseRules(), catalog);
        var adopted = new ScoringRulesAdoptedEventV2(command.planId(), version + 1, command.components(),
                command.thresholds(), command.latePenaltyPerDay(), command.defaultDeduction(), given,
                command.chaseRules());
        if (sameRules(current != null ? current : defaults(command.planId()), adopted)) {
            throw Refusal.conflict("no-change");
        }
        apply(adopted);
    }

    private static ScoringRulesAdoptedEventV2 defaults(String planId) {
        var rules = RuleSet.DEFAULT;
        return new ScoringRulesAdoptedEventV2(planId, 0, rules.components(), rules.thresholds(),
                rules.latePenaltyPerDay(), rules.defaultDeduction(), rules.breachRules(), rules.chaseRules());
    }

    /** Equal rules whatever the order of their lists and the scale of their numbers. */
    private static boolean sameRules(ScoringRulesAdoptedEventV2 a, ScoringRulesAdoptedEventV2 b) {
        return Set.copyOf(a.components()).equals(Set.copyOf(b.components()))
                && same(a.thresholds().green(), b.thresholds().green())
                && same(a.thresholds().yellow(), b.thresholds().yellow())
                && same(a.latePenaltyPerDay(), b.latePenaltyPerDay())
                && same(a.defaultDeduction(), b.defaultDeduction())
                && same(a.chaseRules().overduePenalty(), b.chaseRules().overduePenalty())
                && same(a.chaseRules().overduePerDay(), b.chaseRules().overduePerDay())
                && same(a.chaseRules().reopenedPenalty(), b.chaseRules().reopenedPenalty())
                && Objects.equals(Set.copyOf(a.breachRules().stream().map(ScoringRulebook::key).toList()),
                Set.copyOf(b.breachRules().stream().map(ScoringRulebook::key).toList()));
    }

    private static String key(BreachRule rule) {
        return rule.indicatorId() + "/" + rule.deduction().stripTrailingZeros().toPlainString() + "/" + rule.veto();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    @EventSourcingHandler
    void on(ScoringRulesAdoptedEventV2 event) {
        planId = event.planId();
        version = event.version();
        current = event;
    }
}
