package kaohe.supervision.policy.command;

import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import kaohe.supervision.directory.Directory;
import kaohe.supervision.event.ReminderPolicyAdoptedEvent;
import kaohe.supervision.policy.ReminderPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateCreationPolicy.CREATE_IF_MISSING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plan's reminder policy (提醒规则) as versions: each adoption is checked whole ({@link PolicyRules}), must change
 * something, and is numbered one above the last. Version 0, {@link ReminderPolicy#DEFAULT}, needs no adoption.
 */
@Aggregate(cache = "aggregateCache")
public class PlanReminderPolicy {

    @AggregateIdentifier
    private String planId;
    private ReminderPolicy current = ReminderPolicy.DEFAULT;

    protected PlanReminderPolicy() {
    }

    @CommandHandler
    @CreationPolicy(CREATE_IF_MISSING)
    public void handle(AdoptReminderPolicyCommand command, Directory directory) {
        Reasoned.require(command);
        if (!directory.knowsPlan(command.planId())) {
            throw Refusal.notFound("unknown-plan", command.planId());
        }
        if (command.expectedVersion() != current.version()) {
            throw new Refusal(Refusal.Kind.STALE, "stale-version", Map.of(), command.expectedVersion(),
                    current.version());
        }
        PolicyRules.require(command);
        // the same days in another order are the same policy: kept furthest first, as the reminders fall
        List<Integer> daysBefore = command.daysBefore().stream().sorted(Comparator.reverseOrder()).toList();
        var adopted = new ReminderPolicyAdoptedEvent(command.planId(), current.version() + 1, daysBefore,
                command.onDueDay(), command.escalation(), command.quietFrom(), command.quietUntil(),
                command.channels());
        if (policyOf(adopted).equals(withVersion(current, adopted.version()))) {
            throw Refusal.conflict("no-change");
        }
        apply(adopted);
    }

    private static ReminderPolicy policyOf(ReminderPolicyAdoptedEvent event) {
        return new ReminderPolicy(event.version(), event.daysBefore(), event.onDueDay(), event.escalation(),
                event.quietFrom(), event.quietUntil(), event.channels());
    }

    private static ReminderPolicy withVersion(ReminderPolicy policy, int version) {
        return new ReminderPolicy(version, policy.daysBefore(), policy.onDueDay(), policy.escalation(),
                policy.quietFrom(), policy.quietUntil(), policy.channels());
    }

    @EventSourcingHandler
    void on(ReminderPolicyAdoptedEvent event) {
        planId = event.planId();
        current = policyOf(event);
    }
}
