package kaohe.indicator.indicator.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

public record AssignDepartmentsCommand(@TargetAggregateIdentifier String indicatorId,
                                       @TargetAggregateVersion Long expectedVersion, List<String> leadDepartments,
                                       List<String> cooperatingDepartments, boolean allDepartmentsCooperate,
                                       String reason) implements Reasoned {
}
