package kaohe.ledger.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 会签: a cooperating department confirms its contribution to the lead department's task for a quarter. */
public record ConfirmContributionCommand(@TargetAggregateIdentifier String taskId, String quarter,
                                         String department, String contribution) {
}
