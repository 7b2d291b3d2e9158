package kaohe.ledger.report.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office approves a pending correction of an accepted report, with a reason. */
public record ApproveReportCorrectionCommand(@TargetAggregateIdentifier String reportId, String correctionId,
                                          String reason) implements Reasoned {
}
