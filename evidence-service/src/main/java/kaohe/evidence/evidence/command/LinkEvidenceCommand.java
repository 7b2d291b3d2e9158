package kaohe.evidence.evidence.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches evidence to a ledger task, monthly check or quarterly report of a period (2020, 2020-08, 2020-Q3). */
public record LinkEvidenceCommand(@TargetAggregateIdentifier String evidenceId, String targetType, String targetId,
                                  String period) {
}
