package kaohe.ledger.check.command;

import kaohe.ledger.event.ProgressStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/** A task's progress this month: actual value in the task's unit (none if qualitative), status, note. */
public record RecordTaskProgressCommand(@TargetAggregateIdentifier String checkId,
                                        @TargetAggregateVersion Long expectedVersion, String taskId,
                                        BigDecimal actualValue, String unit, ProgressStatus status, String note) {
}
