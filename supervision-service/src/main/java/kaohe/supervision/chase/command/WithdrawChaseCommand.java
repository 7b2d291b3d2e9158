package kaohe.supervision.chase.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office withdraws a 督办单 opened in error (撤销), with a reason. */
public record WithdrawChaseCommand(@TargetAggregateIdentifier String chaseId,
                                   @TargetAggregateVersion Long expectedVersion, String reason)
        implements Reasoned {
}
