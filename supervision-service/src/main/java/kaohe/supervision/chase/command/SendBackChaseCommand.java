package kaohe.supervision.chase.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The office sends the latest reply back (复核退回) with a reason and a new reply-by date. */
public record SendBackChaseCommand(@TargetAggregateIdentifier String chaseId,
                                   @TargetAggregateVersion Long expectedVersion, String reason, LocalDate replyBy)
        implements Reasoned {
}
