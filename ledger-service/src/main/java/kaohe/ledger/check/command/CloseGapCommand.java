package kaohe.ledger.check.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A gap is fixed; how it was fixed is required. */
public record CloseGapCommand(@TargetAggregateIdentifier String checkId, String gapId, String resolution) {
}
