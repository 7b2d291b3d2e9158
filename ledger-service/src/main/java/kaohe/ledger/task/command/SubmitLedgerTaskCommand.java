package kaohe.ledger.task.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Puts a fully defined task into force. */
public record SubmitLedgerTaskCommand(@TargetAggregateIdentifier String taskId,
                                      @TargetAggregateVersion Long expectedVersion) {
}
