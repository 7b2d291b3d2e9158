package kaohe.identity.account.query;

import kaohe.identity.account.event.AccountCreatedEvent;
import kaohe.identity.account.event.AccountDisabledEvent;
import kaohe.identity.account.event.AccountEnabledEvent;
import kaohe.identity.account.event.AccountLockedEvent;
import kaohe.identity.account.event.AccountUnlockedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The accounts table, and what sign-in and the dev tokens ask of it. */
@Component
@ProcessingGroup("account-projection")
public class AccountProjection {

    private static final String COLUMNS =
            "account_id, name, department, phone, roles, disabled, locked_until, created_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccountProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    @EventHandler
    void on(AccountCreatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO account_view (account_id, name, department, phone, roles, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", event.accountId(), event.name(), event.department(), event.phone(),
                String.join(",", event.roles()), Timestamp.from(at));
    }

    @EventHandler
    void on(AccountDisabledEvent event) {
        jdbc.update("UPDATE account_view SET disabled = TRUE WHERE account_id = ?", event.accountId());
    }

    @EventHandler
    void on(AccountEnabledEvent event) {
        jdbc.update("UPDATE account_view SET disabled = FALSE WHERE account_id = ?", event.accountId());
    }

    @EventHandler
    void on(AccountLockedEvent event) {
        jdbc.update("UPDATE account_view SET locked_until = ? WHERE account_id = ?",
                Timestamp.from(event.lockedUntil()), event.accountId());
    }

    @EventHandler
    void on(AccountUnlockedEvent event) {
        jdbc.update("UPDATE account_view SET locked_until = NULL WHERE account_id = ?", event.accountId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE account_view");
    }

    public List<AccountView> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account_view ORDER BY created_at, account_id", this::view);
    }

    public Optional<AccountView> find(String accountId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account_view WHERE account_id = ?", this::view, accountId)
                .stream().findFirst();
    }

    private AccountView view(ResultSet row, int index) throws SQLException {
        var locked = row.getTimestamp("locked_until");
        Instant lockedUntil = locked == null || !locked.toInstant().isAfter(clock.instant()) ? null : locked.toInstant();
        String state = row.getBoolean("disabled") ? "DISABLED" : lockedUntil != null ? "LOCKED" : "ACTIVE";
        List<String> roles = Arrays.stream(row.getString("roles").split(",")).filter(role -> !role.isBlank())
                .toList();
        return new AccountView(row.getString("account_id"), row.getString("name"), row.getString("department"),
                row.getString("phone"), roles, state, lockedUntil, row.getTimestamp("created_at").toInstant());
    }
}
