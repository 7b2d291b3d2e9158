package kaohe.identity.account.event;

/** The account may no longer sign in or obtain tokens. */
public record AccountDisabledEvent(String accountId) {
}
