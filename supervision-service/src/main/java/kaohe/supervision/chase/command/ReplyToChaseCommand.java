package kaohe.supervision.chase.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/**
 * The department answers the 督办单 (反馈) with its progress and the evidence it points to; {@code replierDepartment}
 * is the replying liaison's own department.
 */
public record ReplyToChaseCommand(@TargetAggregateIdentifier String chaseId,
                                  @TargetAggregateVersion Long expectedVersion, String replierDepartment,
                                  String progress, List<String> evidence) {

    public ReplyToChaseCommand {
        evidence = List.copyOf(evidence);
    }
}
