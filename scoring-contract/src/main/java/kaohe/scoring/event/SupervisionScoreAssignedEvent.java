package kaohe.scoring.event;

import java.math.BigDecimal;

/** The office's supervision score (督办评分, 0–100) of a department for a quarter ("2020-Q3"), with its comment. */
public record SupervisionScoreAssignedEvent(String planId, String department, String quarter, BigDecimal score,
                                            BigDecimal scoreBefore, String comment) {
}
