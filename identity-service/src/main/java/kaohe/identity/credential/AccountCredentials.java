package kaohe.identity.credential;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Password hashes ({@code account_credential}), never in an event. Hashed with Spring Security's delegating encoder
 * (bcrypt now, {@code {id}}-prefixed so a later algorithm can take over without invalidating old hashes).
 */
@Component
public class AccountCredentials {

    /** Letters and digits a person can read off a screen and type: no 0/O, 1/l/I. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 14;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final SecureRandom random = new SecureRandom();
    /** Compared against when the login is unknown, so that an unknown name costs the same time as a wrong password. */
    private final String decoy;

    public AccountCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.decoy = encoder.encode(generate());
    }

    /** A new temporary password, shown once to the office and stored only as a hash. */
    public String generate() {
        var password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public void set(String accountId, String password) {
        jdbc.update("""
                INSERT INTO account_credential (account_id, password_hash, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET password_hash = EXCLUDED.password_hash,
                    changed_at = EXCLUDED.changed_at""", accountId, encoder.encode(password),
                Timestamp.from(Instant.now()));
    }

    /** Whether {@code password} is the account's; an account without a password matches nothing. */
    public boolean matches(String accountId, String password) {
        Optional<String> hash = jdbc.queryForList(
                "SELECT password_hash FROM account_credential WHERE account_id = ?", String.class, accountId)
                .stream().findFirst();
        boolean matches = encoder.matches(password, hash.orElse(decoy));
        return hash.isPresent() && matches;
    }
}
