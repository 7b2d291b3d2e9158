package kaohe.supervision.delivery;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.reminder.DueReminder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The {@code reminder_delivery} table: what the outbox records and the dispatcher moves along. */
@Component
public class DeliveryRows {

    private static final String COLUMNS = """
            delivery_id, obligation_key, step, recipient_id, recipient_name, audience, channel, plan_id, department,
            title, body, link, due_at, attempts""";

    private final JdbcTemplate jdbc;

    public DeliveryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One (reminder, channel) to record, in the state it starts in. */
    public record NewDelivery(DueReminder reminder, Channel channel, DeliveryStatus status, Instant nextAttempt) {
    }

    /** A row {@link #recordAll} added: its id, and what it was made from. */
    public record Recorded(long deliveryId, NewDelivery delivery) {
    }

    /**
     * Records every (reminder, channel) whose key is not recorded yet, in one statement (a sweep hands thousands);
     * answers the rows added. A key repeated within {@code deliveries} is recorded once.
     */
    public List<Recorded> recordAll(List<NewDelivery> deliveries, Instant now) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Timestamp at = Timestamp.from(now);
        Map<Key, NewDelivery> keyed = byKey(deliveries);
        List<Recorded> recorded = new ArrayList<>();
        jdbc.query(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO reminder_delivery (obligation_key, step, recipient_id, channel, recipient_name,
                        audience, plan_id, department, title, body, link, due_on, due_at, status, next_attempt_at,
                        accepted_at, created_at)
                    SELECT d.*, CASE WHEN d.status = 'SENT' THEN ?::timestamptz END, ?::timestamptz
                      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                  ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::timestamptz[], ?::text[],
                                  ?::timestamptz[])
                           AS d(obligation_key, step, recipient_id, channel, recipient_name, audience, plan_id,
                                department, title, body, link, due_on, due_at, status, next_attempt_at)
                    ON CONFLICT ON CONSTRAINT reminder_delivery_once DO NOTHING
                    RETURNING delivery_id, obligation_key, step, recipient_id, channel""");
            insert.setTimestamp(1, at);
            insert.setTimestamp(2, at);
            int column = 3;
            for (var values : List.<Function<NewDelivery, Object>>of(
                    d -> d.reminder().obligationKey(), d -> d.reminder().step(), d -> d.reminder().recipientId(),
                    d -> d.channel().name(), d -> d.reminder().recipientName(),
                    d -> d.reminder().audience() == null ? null : d.reminder().audience().name(),
                    d -> d.reminder().planId(), d -> d.reminder().department(), d -> d.reminder().title(),
                    d -> d.reminder().body(), d -> d.reminder().link())) {
                insert.setArray(column++, connection.createArrayOf("text", deliveries.stream().map(values).toArray()));
            }
            insert.setArray(column++, connection.createArrayOf("date", deliveries.stream()
                    .map(d -> d.reminder().dueOn() == null ? null : Date.valueOf(d.reminder().dueOn())).toArray()));
            insert.setArray(column++, connection.createArrayOf("timestamptz", deliveries.stream()
                    .map(d -> Timestamp.from(d.reminder().dueAt())).toArray()));
            insert.setArray(column++, connection.createArrayOf("text", deliveries.stream()
                    .map(d -> d.status().name()).toArray()));
            insert.setArray(column, connection.createArrayOf("timestamptz", deliveries.stream()
                    .map(d -> Timestamp.from(d.nextAttempt())).toArray()));
            return insert;
        }, (ResultSet row) -> {
            var key = new Key(row.getString(2), row.getString(3), row.getString(4), row.getString(5));
            recorded.add(new Recorded(row.getLong(1), keyed.get(key)));
        });
        return recorded;
    }

    private record Key(String obligationKey, String step, String recipientId, String channel) {
    }

    private static Map<Key, NewDelivery> byKey(List<NewDelivery> deliveries) {
        Map<Key, NewDelivery> keyed = new HashMap<>();
        for (NewDelivery d : deliveries) {
            keyed.putIfAbsent(new Key(d.reminder().obligationKey(), d.reminder().step(), d.reminder().recipientId(),
                    d.channel().name()), d);
        }
        return keyed;
    }

    /**
     * Locks up to {@code batch} rows due by {@code now} for this transaction; rows another instance holds are skipped,
     * so two dispatchers never take the same row. Ordered by recipient, so the per-recipient rate locks taken
     * next are always taken in one order (no deadlock between two dispatchers).
     */
    public List<Delivery> claimDue(Instant now, int batch) {
        return jdbc.query("SELECT " + COLUMNS + """
                         FROM (SELECT * FROM reminder_delivery
                                WHERE status IN ('PENDING', 'HELD', 'RETRYING') AND next_attempt_at <= ?
                                ORDER BY next_attempt_at, delivery_id LIMIT ? FOR UPDATE SKIP LOCKED) due
                        ORDER BY recipient_id, delivery_id""", DeliveryRows::delivery, Timestamp.from(now), batch);
    }

    /** Rows SENDING since before {@code inDoubtAfter} ago (the database's real time) become UNCERTAIN. */
    public List<Channel> markInDoubt(Duration inDoubtAfter) {
        return jdbc.query("""
                UPDATE reminder_delivery
                   SET status = 'UNCERTAIN', last_error = 'in doubt: the sending process stopped mid-send',
                       last_error_at = now()
                 WHERE status = 'SENDING' AND claimed_at < now() - make_interval(secs => ?)
                RETURNING channel""", (row, n) -> Channel.valueOf(row.getString(1)), inDoubtAfter.toSeconds());
    }

    public void markUncertain(long id, String error, Instant now) {
        jdbc.update("""
                UPDATE reminder_delivery SET status = 'UNCERTAIN', last_error = ?, last_error_at = ?
                 WHERE delivery_id = ? AND status = 'SENDING'""", error, Timestamp.from(now), id);
    }

    public void hold(long id, Instant until) {
        jdbc.update("UPDATE reminder_delivery SET status = 'HELD', next_attempt_at = ? WHERE delivery_id = ?",
                Timestamp.from(until), id);
    }

    public void skip(long id, String reason, Instant now) {
        jdbc.update("""
                UPDATE reminder_delivery SET status = 'SKIPPED', last_error = ?, last_error_at = ?
                 WHERE delivery_id = ?""", reason, Timestamp.from(now), id);
    }

    /** Committed before the channel is called: from here on the row is never handed to a channel again. */
    public void markSending(long id, Instant now) {
        jdbc.update("""
                UPDATE reminder_delivery
                   SET status = 'SENDING', attempts = attempts + 1, attempted_at = ?, claimed_at = now()
                 WHERE delivery_id = ?""", Timestamp.from(now), id);
    }

    public void markSent(long id, Instant acceptedAt) {
        jdbc.update("""
                UPDATE reminder_delivery SET status = 'SENT', accepted_at = ?
                 WHERE delivery_id = ? AND status = 'SENDING'""", Timestamp.from(acceptedAt), id);
    }

    public void markFailed(long id, DeliveryStatus status, String error, Instant now, Instant nextAttempt) {
        jdbc.update("""
                UPDATE reminder_delivery SET status = ?, last_error = ?, last_error_at = ?, next_attempt_at = ?
                 WHERE delivery_id = ? AND status = 'SENDING'""",
                status.name(), error, Timestamp.from(now), Timestamp.from(nextAttempt), id);
    }

    /**
     * Serialises the rate decisions for one recipient across transactions and instances (held to commit), then
     * answers the external messages handed over to them since {@code since}, and the oldest of those instants.
     */
    public RateWindow rateWindow(String recipientId, Instant since) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('reminder-rate:' || ?))", recipientId);
        return jdbc.queryForObject("""
                SELECT COUNT(*), MIN(attempted_at) FROM reminder_delivery
                 WHERE recipient_id = ? AND channel <> 'INBOX' AND status IN ('SENDING', 'SENT', 'UNCERTAIN')
                   AND attempted_at > ?""", (row, n) -> new RateWindow(row.getLong(1),
                        Optional.ofNullable(row.getTimestamp(2)).map(Timestamp::toInstant).orElse(null)),
                recipientId, Timestamp.from(since));
    }

    /** How many external messages a recipient got in the window, and when the oldest of them was handed over. */
    public record RateWindow(long sent, Instant oldest) {
    }

    /** Rows per (channel, status), for the gauges and the summary. */
    public Map<Channel, Map<DeliveryStatus, Long>> countsByChannel() {
        return countsByChannel(EnumSet.allOf(DeliveryStatus.class));
    }

    /** The counts of rows in {@code statuses} only: what waits or gave up is a few rows, the SENT history is all. */
    public Map<Channel, Map<DeliveryStatus, Long>> countsByChannel(Set<DeliveryStatus> statuses) {
        var counts = new EnumMap<Channel, Map<DeliveryStatus, Long>>(Channel.class);
        for (Channel channel : Channel.values()) {
            counts.put(channel, new EnumMap<>(DeliveryStatus.class));
        }
        jdbc.query(connection -> {
            var select = connection.prepareStatement("""
                    SELECT channel, status, COUNT(*) FROM reminder_delivery
                     WHERE status = ANY (?) GROUP BY channel, status""");
            select.setArray(1, connection.createArrayOf("text", statuses.stream().map(Enum::name).toArray()));
            return select;
        }, (ResultSet row) -> {
            counts.get(Channel.valueOf(row.getString(1))).put(DeliveryStatus.valueOf(row.getString(2)), row.getLong(3));
        });
        return counts;
    }

    private static Delivery delivery(ResultSet row, int n) throws SQLException {
        String audience = row.getString("audience");
        return new Delivery(row.getLong("delivery_id"), row.getString("obligation_key"), row.getString("step"),
                row.getString("recipient_id"), row.getString("recipient_name"),
                audience == null ? null : Audience.valueOf(audience), Channel.valueOf(row.getString("channel")),
                row.getString("plan_id"), row.getString("department"), row.getString("title"), row.getString("body"),
                row.getString("link"), row.getTimestamp("due_at").toInstant(), row.getInt("attempts"));
    }
}
