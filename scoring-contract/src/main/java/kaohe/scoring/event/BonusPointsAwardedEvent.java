package kaohe.scoring.event;

import java.math.BigDecimal;

/** Bonus points (加分) the office awarded a department in a quarter; the grounds are the event's reason. */
public record BonusPointsAwardedEvent(String awardId, String planId, String department, String quarter,
                                      BigDecimal points) {
}
