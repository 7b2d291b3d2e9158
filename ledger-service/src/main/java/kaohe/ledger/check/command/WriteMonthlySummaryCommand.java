package kaohe.ledger.check.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The month's summary (小结); writing it again replaces it. */
public record WriteMonthlySummaryCommand(@TargetAggregateIdentifier String checkId,
                                         @TargetAggregateVersion Long expectedVersion, String summary) {
}
