package kaohe.ledger.task.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 延期申请: the department asks the office to move the task's deadline to {@code requestedDeadline}. */
public record RequestExtensionCommand(@TargetAggregateIdentifier String taskId, String requestId,
                                      LocalDate requestedDeadline, String reason) implements Reasoned {
}
