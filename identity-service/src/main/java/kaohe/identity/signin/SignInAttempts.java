package kaohe.identity.signin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins in a row per login name ({@code sign_in_attempt}), and the lock they led to. */
@Component
public class SignInAttempts {

    private final JdbcTemplate jdbc;

    public SignInAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when {@code login} is locked, if it is at {@code now}. */
    public Optional<Instant> lockedUntil(String login, Instant now) {
        return jdbc.queryForList("SELECT locked_until FROM sign_in_attempt WHERE login = ?", Timestamp.class, login)
                .stream().filter(java.util.Objects::nonNull).map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now)).findFirst();
    }

    /** Counts one more failure (a lock that ran out starts the count again) and returns the count. */
    public int recordFailure(String login, Instant now) {
        return jdbc.queryForObject("""
                INSERT INTO sign_in_attempt (login, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (login) DO UPDATE SET
                    failures = CASE WHEN sign_in_attempt.locked_until IS NOT NULL THEN 1
                                    ELSE sign_in_attempt.failures + 1 END,
                    locked_until = NULL, last_failure_at = EXCLUDED.last_failure_at
                RETURNING failures""", Integer.class, login, Timestamp.from(now));
    }

    public void lock(String login, Instant until) {
        jdbc.update("UPDATE sign_in_attempt SET locked_until = ? WHERE login = ?", Timestamp.from(until), login);
    }

    public void clear(String login) {
        jdbc.update("DELETE FROM sign_in_attempt WHERE login = ?", login);
    }
}
