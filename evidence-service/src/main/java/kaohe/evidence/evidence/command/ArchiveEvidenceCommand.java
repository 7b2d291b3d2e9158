package kaohe.evidence.evidence.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 归档: the office marks evidence archived. */
public record ArchiveEvidenceCommand(@TargetAggregateIdentifier String evidenceId) {
}
