package kaohe.supervision.chase.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office closes an accepted 督办单 (办结). */
public record CloseChaseCommand(@TargetAggregateIdentifier String chaseId,
                                @TargetAggregateVersion Long expectedVersion) {
}
