package kaohe.scoring.supervision.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The department appeals a breach (申诉), giving its grounds. */
public record AppealBreachCommand(@TargetAggregateIdentifier String supervisionId, String breachId, String reason)
        implements Reasoned {
}
