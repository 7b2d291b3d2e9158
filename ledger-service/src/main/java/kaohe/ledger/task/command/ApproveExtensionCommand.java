package kaohe.ledger.task.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office approves a pending extension request: the deadline moves; a reason is required. */
public record ApproveExtensionCommand(@TargetAggregateIdentifier String taskId, String requestId, String reason)
        implements Reasoned {
}
