package kaohe.ledger.report.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The department hands the report to the office; each submission is a new round. */
public record SubmitQuarterlyReportCommand(@TargetAggregateIdentifier String reportId,
                                         @TargetAggregateVersion Long expectedVersion) {
}
