package kaohe.ledger.event;

import java.math.BigDecimal;

/**
 * A task's progress at a monthly check: the actual value in the task's unit (none for a qualitative task), its
 * status and a note. Recording again in the same check replaces the previous entry.
 */
public record TaskProgressRecordedEvent(String checkId, String department, String month, String taskId,
                                        String indicatorId, BigDecimal actualValue, String unit,
                                        ProgressStatus status, String note) {
}
