package kaohe.supervision.inbox;

import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every person's in-app inbox. An item is written by the outbox in the transaction that records its INBOX
 * delivery (so it exists exactly when that row does); a person reads and marks only their own items.
 */
@Component
public class Inbox {

    private static final String COLUMNS =
            "item_id, kind, title, body, link, plan_id, department, due_on, created_at, read_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Inbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Called inside the outbox's transaction, for a delivery row just recorded. */
    public void put(long deliveryId, String recipientId, String kind, String title, String body, String link,
                    String planId, String department, LocalDate dueOn, Instant at) {
        jdbc.update("""
                INSERT INTO inbox_item (item_id, recipient_id, delivery_id, kind, title, body, link, plan_id,
                                        department, due_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), recipientId, deliveryId,
                kind, title, body, link, planId, department, dueOn, Timestamp.from(at));
    }

    /** Newest first, {@code limit} from {@code offset}; {@code unread} null means read and unread alike. */
    public List<InboxItem> page(String recipientId, Boolean unread, int offset, int limit) {
        String filter = unread == null ? "" : unread ? " AND read_at IS NULL" : " AND read_at IS NOT NULL";
        return jdbc.query("SELECT " + COLUMNS + " FROM inbox_item WHERE recipient_id = ?" + filter
                        + " ORDER BY created_at DESC, item_id DESC OFFSET ? LIMIT ?", Inbox::item,
                recipientId, offset, limit);
    }

    public long unreadCount(String recipientId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_item WHERE recipient_id = ? AND read_at IS NULL",
                Long.class, recipientId);
    }

    /** Marks one of the person's own items read (again is no change); anyone else's id is not found. */
    public void markRead(String recipientId, String itemId) {
        int found = jdbc.update("""
                UPDATE inbox_item SET read_at = COALESCE(read_at, ?)
                 WHERE item_id = ? AND recipient_id = ?""", Timestamp.from(clock.instant()), itemId, recipientId);
        if (found == 0) {
            throw Refusal.notFound("inbox-item-not-found", itemId);
        }
    }

    /** Marks all the person's unread items read; answers how many were unread. */
    public int markAllRead(String recipientId) {
        return jdbc.update("UPDATE inbox_item SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL",
                Timestamp.from(clock.instant()), recipientId);
    }

    private static InboxItem item(ResultSet row, int n) throws SQLException {
        Timestamp read = row.getTimestamp("read_at");
        java.sql.Date due = row.getDate("due_on");
        return new InboxItem(row.getString("item_id"), row.getString("kind"), row.getString("title"),
                row.getString("body"), row.getString("link"), row.getString("plan_id"), row.getString("department"),
                due == null ? null : due.toLocalDate(), row.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
