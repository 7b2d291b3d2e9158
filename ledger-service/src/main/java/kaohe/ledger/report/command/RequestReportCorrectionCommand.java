package kaohe.ledger.report.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** After acceptance the department asks to correct its report; the office decides. */
public record RequestReportCorrectionCommand(@TargetAggregateIdentifier String reportId, String correctionId,
                                             String narrative, List<String> evidence, String reason)
        implements Reasoned {
}
