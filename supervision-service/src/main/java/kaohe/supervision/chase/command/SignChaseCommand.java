package kaohe.supervision.chase.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The department signs for the 督办单 (签收); {@code signerDepartment} is the signing liaison's own department. */
public record SignChaseCommand(@TargetAggregateIdentifier String chaseId,
                               @TargetAggregateVersion Long expectedVersion, String signerDepartment) {
}
