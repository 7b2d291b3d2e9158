package kaohe.scoring.model;

import java.math.BigDecimal;

/** Bonus points (加分) awarded to a department for a quarter, and why. */
public record BonusFact(String department, String quarter, BigDecimal points, String reason, EventRef event) {
}
