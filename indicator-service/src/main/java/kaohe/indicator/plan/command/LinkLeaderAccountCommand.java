package kaohe.indicator.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The office names the user id (token subject) a registered leader signs in with, first or instead of another. */
public record LinkLeaderAccountCommand(@TargetAggregateIdentifier String planId, String leader, String userId) {
}
