package kaohe.identity.account.event;

import java.time.Instant;

/** Too many wrong passwords in a row: nobody signs in as this account before {@code lockedUntil}. */
public record AccountLockedEvent(String accountId, Instant lockedUntil, int failures) {
}
