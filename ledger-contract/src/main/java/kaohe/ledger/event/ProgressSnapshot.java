package kaohe.ledger.event;

import java.math.BigDecimal;

/** A task's latest progress at the moment a quarterly report was submitted; {@code month} null if none yet. */
public record ProgressSnapshot(String taskId, String indicatorId, String title, BigDecimal targetValue,
                               String unit, String month, BigDecimal actualValue, ProgressStatus status,
                               String note) {
}
