package kaohe.ledger.report.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office returns the submitted round for revision (退回); the reason is mandatory. */
public record ReturnQuarterlyReportCommand(@TargetAggregateIdentifier String reportId,
                                           @TargetAggregateVersion Long expectedVersion, String reason)
        implements Reasoned {
}
