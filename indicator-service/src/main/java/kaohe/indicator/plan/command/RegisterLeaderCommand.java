package kaohe.indicator.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterLeaderCommand(@TargetAggregateIdentifier String planId, String leader) {
}
