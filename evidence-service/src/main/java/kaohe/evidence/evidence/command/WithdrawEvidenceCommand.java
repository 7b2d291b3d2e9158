package kaohe.evidence.evidence.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The owner withdraws unarchived evidence, with a reason; nothing is deleted. */
public record WithdrawEvidenceCommand(@TargetAggregateIdentifier String evidenceId, String reason)
        implements Reasoned {
}
