package kaohe.identity.signin;

import kaohe.identity.IdentityProperties;
import kaohe.identity.account.command.LockAccountCommand;
import kaohe.identity.account.command.SystemCommands;
import kaohe.identity.account.query.AccountProjection;
import kaohe.identity.account.query.AccountView;
import kaohe.identity.credential.AccountCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in page's password check. A wrong password (or an unknown login: same answer, same wait) is answered
 * after a delay that grows with the failures in a row; the last allowed failure locks the login, and for a real
 * account that lock is an event ({@code AccountLockedEvent}). A disabled account is told so only with its right
 * password, so the page reveals nothing to whoever guesses.
 */
public class AccountSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(AccountSignIn.class);
    /** Longer logins exist nowhere; they are neither looked up nor counted. */
    private static final int MAX_LOGIN = 64;

    private final AccountProjection accounts;
    private final AccountCredentials credentials;
    private final SignInAttempts attempts;
    private final SystemCommands system;
    private final IdentityProperties.Lockout lockout;
    private final Clock clock;

    public AccountSignIn(AccountProjection accounts, AccountCredentials credentials, SignInAttempts attempts,
                         SystemCommands system, IdentityProperties.Lockout lockout, Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.attempts = attempts;
        this.system = system;
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String login = request.getName() == null ? "" : request.getName().strip();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        if (login.isEmpty() || login.length() > MAX_LOGIN) {
            pause(lockout.maxDelay());
            throw new BadCredentialsException("bad credentials");
        }
        Instant now = clock.instant();
        Optional<Instant> locked = attempts.lockedUntil(login, now);
        if (locked.isPresent()) {
            throw new AccountLockedException(locked.get());
        }
        Optional<AccountView> account = accounts.find(login);
        boolean matches = credentials.matches(login, password);
        if (account.isPresent() && matches) {
            if (account.get().disabled()) {
                throw new DisabledException("disabled");
            }
            attempts.clear(login);
            return signedIn(account.get());
        }
        throw failed(login, account.isPresent(), now);
    }

    private RuntimeException failed(String login, boolean known, Instant now) {
        int failures = attempts.recordFailure(login, now);
        pause(lockout.delayAfter(failures));
        if (failures < lockout.maxFailures()) {
            return new BadCredentialsException("bad credentials");
        }
        Instant until = now.plus(lockout.duration());
        attempts.lock(login, until);
        if (known) {
            try {
                system.send(new LockAccountCommand(login, until, failures, "连续 " + failures + " 次密码错误"));
            } catch (RuntimeException notRecorded) {
                // the lock holds (sign_in_attempt) even when its event could not be stored; say so to operators
                log.error("lock of account {} not recorded as an event", login, notRecorded);
            }
        }
        return new AccountLockedException(until);
    }

    private static UsernamePasswordAuthenticationToken signedIn(AccountView account) {
        var authorities = account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(account.id(), account.name()), null, authorities);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
