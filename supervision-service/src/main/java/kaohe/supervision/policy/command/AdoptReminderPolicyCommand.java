package kaohe.supervision.policy.command;

import kaohe.platform.command.Reasoned;
import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalTime;
import java.util.List;

/**
 * The office adopts a new version of a plan's reminder policy and says why; {@code expectedVersion} is the version
 * it read (0 for the default), so two offices editing at once cannot overwrite each other unseen.
 */
public record AdoptReminderPolicyCommand(@TargetAggregateIdentifier String planId, long expectedVersion,
                                         List<Integer> daysBefore, boolean onDueDay,
                                         List<EscalationStep> escalation, LocalTime quietFrom, LocalTime quietUntil,
                                         List<Channel> channels, String reason) implements Reasoned {
}
