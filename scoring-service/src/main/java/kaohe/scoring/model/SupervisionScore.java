package kaohe.scoring.model;

import java.math.BigDecimal;

/** The office's latest supervision score (督办) of a department for a quarter. */
public record SupervisionScore(String department, String quarter, BigDecimal score, String comment, EventRef event) {
}
