package kaohe.supervision.preference.query;

import kaohe.supervision.event.ContactPreferencesSetEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Each person's preferences as last set; someone who never set any gets the defaults: {@code <userId>@} the
 * configured mail domain, e-mail on, group mentions on.
 */
@Component
@ProcessingGroup("contact-preferences-projection")
public class ContactPreferencesProjection {

    private final JdbcTemplate jdbc;
    private final String defaultDomain;

    public ContactPreferencesProjection(JdbcTemplate jdbc,
                                        @Value("${kaohe.supervision.mail.default-domain:kaohe.local}")
                                        String defaultDomain) {
        this.jdbc = jdbc;
        this.defaultDomain = defaultDomain;
    }

    @EventHandler
    void on(ContactPreferencesSetEvent event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO contact_preference (user_id, email, email_on, group_mention_on, set_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, email_on = EXCLUDED.email_on,
                    group_mention_on = EXCLUDED.group_mention_on, set_at = EXCLUDED.set_at""",
                event.userId(), event.email(), event.emailOn(), event.groupMentionOn(),
                java.sql.Timestamp.from(at));
    }

    public ContactPreferencesView of(String userId) {
        return jdbc.query("SELECT email, email_on, group_mention_on FROM contact_preference WHERE user_id = ?",
                        (row, n) -> new ContactPreferencesView(row.getString(1), row.getBoolean(2),
                                row.getBoolean(3)), userId)
                .stream().findFirst()
                .orElseGet(() -> new ContactPreferencesView(userId + "@" + defaultDomain, true, true));
    }
}
