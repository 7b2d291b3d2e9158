package kaohe.scoring.event;

import java.math.BigDecimal;

/**
 * Red/yellow/green against the time-proportional plan, in percent of it: green at or above {@code green},
 * yellow at or above {@code yellow}, red below.
 */
public record WarningThresholds(BigDecimal green, BigDecimal yellow) {
}
