package kaohe.ledger.report.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office accepts the submitted round; from now on the report is locked. */
public record AcceptQuarterlyReportCommand(@TargetAggregateIdentifier String reportId,
                                         @TargetAggregateVersion Long expectedVersion) {
}
