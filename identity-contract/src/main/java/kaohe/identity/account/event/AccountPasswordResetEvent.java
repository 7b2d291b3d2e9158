package kaohe.identity.account.event;

/** The office gave the account a new temporary password (which is not recorded here). */
public record AccountPasswordResetEvent(String accountId) {
}
