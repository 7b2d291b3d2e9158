package kaohe.scoring.model;

import kaohe.ledger.event.ProgressStatus;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One recorded actual of a task in a monthly check (null value for a qualitative task). */
public record ProgressFact(YearMonth month, BigDecimal actualValue, ProgressStatus status, EventRef event) {
}
