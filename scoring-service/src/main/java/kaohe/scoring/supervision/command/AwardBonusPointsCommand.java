package kaohe.scoring.supervision.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** The office awards a department bonus points (加分) for a quarter, and says for what. */
public record AwardBonusPointsCommand(@TargetAggregateIdentifier String supervisionId, String awardId,
                                      String planId, String department, String quarter, BigDecimal points,
                                      String reason) implements Reasoned {
}
