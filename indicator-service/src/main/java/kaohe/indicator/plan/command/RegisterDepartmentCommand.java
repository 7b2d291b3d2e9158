package kaohe.indicator.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterDepartmentCommand(@TargetAggregateIdentifier String planId, String department) {
}
