package kaohe.supervision.chase.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office accepts the department's latest reply (复核通过), with an optional comment. */
public record AcceptChaseCommand(@TargetAggregateIdentifier String chaseId,
                                 @TargetAggregateVersion Long expectedVersion, String comment) {
}
