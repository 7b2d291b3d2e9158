package kaohe.scoring.supervision.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office rejects an appeal: the breach stands. */
public record RejectBreachAppealCommand(@TargetAggregateIdentifier String supervisionId, String breachId,
                                        String reason) implements Reasoned {
}
