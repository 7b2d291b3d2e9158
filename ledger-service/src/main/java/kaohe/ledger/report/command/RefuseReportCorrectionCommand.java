package kaohe.ledger.report.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office refuses a pending correction; the accepted report stands, with a reason. */
public record RefuseReportCorrectionCommand(@TargetAggregateIdentifier String reportId, String correctionId,
                                          String reason) implements Reasoned {
}
