package kaohe.supervision.inbox;

import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

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

    /** One item for a delivery row just recorded. */
    public record NewItem(long deliveryId, String recipientId, String kind, String title, String body, String link,
                          String planId, String department, LocalDate dueOn) {
    }

    /** Called inside the outbox's transaction, for the delivery rows it just recorded: one statement for all. */
    public void putAll(List<NewItem> items, Instant at) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO inbox_item (item_id, recipient_id, delivery_id, kind, title, body, link, plan_id,
                                            department, due_on, created_at)
                    SELECT gen_random_uuid()::text, i.*, ?::timestamptz
                      FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                  ?::text[], ?::date[])
                           AS i(recipient_id, delivery_id, kind, title, body, link, plan_id, department, due_on)""");
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setArray(2, connection.createArrayOf("text", items.stream().map(NewItem::recipientId).toArray()));
            insert.setArray(3, connection.createArrayOf("bigint", items.stream().map(NewItem::deliveryId).toArray()));
            int column = 4;
            for (Function<NewItem, Object> text : List.<Function<NewItem, Object>>of(NewItem::kind, NewItem::title,
                    NewItem::body, NewItem::link, NewItem::planId, NewItem::department)) {
                insert.setArray(column++, connection.createArrayOf("text", items.stream().map(text).toArray()));
            }
            insert.setArray(column, connection.createArrayOf("date", items.stream()
                    .map(item -> item.dueOn() == null ? null : Date.valueOf(item.dueOn())).toArray()));
            return insert;
        });
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
