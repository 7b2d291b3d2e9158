package kaohe.identity.signin;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/** A locked login, with the moment the lock runs out (the sign-in page tells the person when to try again). */
public class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super("locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
