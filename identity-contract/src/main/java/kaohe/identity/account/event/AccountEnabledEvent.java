package kaohe.identity.account.event;

/** A disabled account may sign in again. */
public record AccountEnabledEvent(String accountId) {
}
