package kaohe.ledger.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The office approves the submitted six defines at the version it reviewed; a quantity below the indicator's
 * target is approved only with {@code acceptBelowTarget}.
 */
public record ApproveLedgerTaskCommand(@TargetAggregateIdentifier String taskId,
                                       @TargetAggregateVersion Long expectedVersion, boolean acceptBelowTarget) {
}
