package kaohe.ledger.check.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 查漏补缺: a gap found this month, who fixes it and by when; optionally on one task. */
public record RecordGapCommand(@TargetAggregateIdentifier String checkId, String gapId, String taskId,
                               String description, String owner, LocalDate fixBy) {
}
