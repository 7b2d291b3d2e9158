package kaohe.identity.account.event;

/** The office lifted a lock before it ran out. */
public record AccountUnlockedEvent(String accountId) {
}
