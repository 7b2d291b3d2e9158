package kaohe.ledger.task.command;

import kaohe.ledger.event.SixDefines;
import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the task's defines to {@code defines}; the defines that differ are the ones revised. */
public record ReviseTaskDefinesCommand(@TargetAggregateIdentifier String taskId,
                                       @TargetAggregateVersion Long expectedVersion, SixDefines defines,
                                       String reason) implements Reasoned {
}
