package kaohe.identity.account.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnlockAccountCommand(@TargetAggregateIdentifier String accountId, String reason) implements Reasoned {
}
