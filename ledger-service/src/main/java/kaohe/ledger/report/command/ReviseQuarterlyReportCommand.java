package kaohe.ledger.report.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** Changes a draft or returned report's narrative and evidence references. */
public record ReviseQuarterlyReportCommand(@TargetAggregateIdentifier String reportId,
                                           @TargetAggregateVersion Long expectedVersion, String narrative,
                                           List<String> evidence) {
}
