package kaohe.scoring.supervision.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** The office scores a department's work for a quarter (督办评分, 0–100), with a comment. */
public record AssignSupervisionScoreCommand(@TargetAggregateIdentifier String supervisionId, String planId,
                                            String department, String quarter, BigDecimal score, String comment) {
}
