package kaohe.supervision.delivery.web;

import kaohe.supervision.delivery.DeliveryRows;
import kaohe.supervision.delivery.DeliveryStatus;
import kaohe.supervision.event.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the office reads about deliveries: the rows, newest first, and the counts per channel. */
@Component
public class DeliveryQueries {

    private final JdbcTemplate jdbc;
    private final DeliveryRows rows;

    public DeliveryQueries(JdbcTemplate jdbc, DeliveryRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public List<DeliveryView> page(DeliveryStatus status, Channel channel, int offset, int limit) {
        var where = new ArrayList<String>();
        var args = new ArrayList<Object>();
        if (status != null) {
            where.add("status = ?");
            args.add(status.name());
        }
        if (channel != null) {
            where.add("channel = ?");
            args.add(channel.name());
        }
        args.addAll(List.of(offset, limit));
        return jdbc.query("""
                SELECT delivery_id, obligation_key, step, recipient_id, recipient_name, audience, channel, plan_id,
                       department, title, link, due_at, status, attempts, next_attempt_at, accepted_at, last_error,
                       last_error_at, created_at
                  FROM reminder_delivery""" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY delivery_id DESC OFFSET ? LIMIT ?", DeliveryQueries::view, args.toArray());
    }

    public DeliverySummary summary() {
        var counts = rows.countsByChannel();
        List<DeliverySummary.ChannelCounts> byChannel = Arrays.stream(Channel.values()).map(channel -> {
            var of = counts.get(channel);
            return new DeliverySummary.ChannelCounts(channel, of.getOrDefault(DeliveryStatus.PENDING, 0L)
                    + of.getOrDefault(DeliveryStatus.SENDING, 0L), of.getOrDefault(DeliveryStatus.SENT, 0L),
                    of.getOrDefault(DeliveryStatus.FAILED, 0L), of.getOrDefault(DeliveryStatus.RETRYING, 0L),
                    of.getOrDefault(DeliveryStatus.HELD, 0L), of.getOrDefault(DeliveryStatus.SKIPPED, 0L),
                    of.getOrDefault(DeliveryStatus.UNCERTAIN, 0L));
        }).toList();
        DeliverySummary.LastFailure last = jdbc.query("""
                        SELECT channel, last_error_at, last_error FROM reminder_delivery
                         WHERE status IN ('RETRYING', 'FAILED', 'UNCERTAIN') AND last_error_at IS NOT NULL
                         ORDER BY last_error_at DESC, delivery_id DESC LIMIT 1""",
                (row, n) -> new DeliverySummary.LastFailure(Channel.valueOf(row.getString(1)),
                        row.getTimestamp(2).toInstant(), row.getString(3))).stream().findFirst().orElse(null);
        return new DeliverySummary(byChannel, last);
    }

    private static DeliveryView view(ResultSet row, int n) throws SQLException {
        return new DeliveryView(row.getLong("delivery_id"), row.getString("obligation_key"), row.getString("step"),
                row.getString("recipient_id"), row.getString("recipient_name"), row.getString("audience"),
                Channel.valueOf(row.getString("channel")), row.getString("plan_id"), row.getString("department"),
                row.getString("title"), row.getString("link"), instant(row, "due_at"),
                DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                instant(row, "next_attempt_at"), instant(row, "accepted_at"), row.getString("last_error"),
                instant(row, "last_error_at"), instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
