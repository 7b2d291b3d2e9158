package kaohe.identity.account.event;

import java.util.List;

/** A person may now sign in. Never the password or its hash: those stay in {@code account_credential}. */
public record AccountCreatedEvent(String accountId, String name, String department, String phone,
                                  List<String> roles) {

    public AccountCreatedEvent {
        roles = List.copyOf(roles);
    }
}
