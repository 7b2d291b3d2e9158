package kaohe.indicator.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A responsible leader by name, with the user id (token subject) they sign in with if known; null: link later. */
public record RegisterLeaderCommand(@TargetAggregateIdentifier String planId, String leader, String userId) {

    /** By name only, as a table names them (an import): nobody sees the leader's indicators until linked. */
    public RegisterLeaderCommand(String planId, String leader) {
        this(planId, leader, null);
    }
}
