package kaohe.identity.account.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Sent by the sign-in throttle, as the system, when an account reached the allowed number of failures. */
public record LockAccountCommand(@TargetAggregateIdentifier String accountId, Instant lockedUntil, int failures,
                                 String reason) implements Reasoned {
}
