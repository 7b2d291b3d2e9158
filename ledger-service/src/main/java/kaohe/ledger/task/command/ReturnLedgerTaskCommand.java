package kaohe.ledger.task.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office returns the submitted six defines for revision (退回); the reason is mandatory. */
public record ReturnLedgerTaskCommand(@TargetAggregateIdentifier String taskId,
                                      @TargetAggregateVersion Long expectedVersion, String reason)
        implements Reasoned {
}
