package kaohe.scoring.supervision.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office revokes a breach (after an appeal or on its own finding): it no longer counts. */
public record RevokeBreachCommand(@TargetAggregateIdentifier String supervisionId, String breachId, String reason)
        implements Reasoned {
}
