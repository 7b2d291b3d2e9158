package kaohe.ledger.check.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hands the month's check in; a late one is accepted and marked late by how many days. */
public record SubmitMonthlyCheckCommand(@TargetAggregateIdentifier String checkId,
                                        @TargetAggregateVersion Long expectedVersion) {
}
