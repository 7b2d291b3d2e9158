package kaohe.identity.account.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record CreateAccountCommand(@TargetAggregateIdentifier String accountId, String name, String department,
                                   String phone, List<String> roles, String reason) implements Reasoned {
}
