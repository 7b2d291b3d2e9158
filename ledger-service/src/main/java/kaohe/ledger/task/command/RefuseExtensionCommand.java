package kaohe.ledger.task.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office refuses a pending extension request: the deadline stands; a reason is required. */
public record RefuseExtensionCommand(@TargetAggregateIdentifier String taskId, String requestId, String reason)
        implements Reasoned {
}
