package kaohe.supervision.delivery;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.reminder.DueReminder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Records (reminder, channel) unless its key is recorded already; answers the new row's id, or empty. */
    public Optional<Long> record(DueReminder reminder, Channel channel, DeliveryStatus status, Instant nextAttempt,
                                 Instant now) {
        return jdbc.query("""
                        INSERT INTO reminder_delivery (obligation_key, step, recipient_id, channel, recipient_name,
                            audience, plan_id, department, title, body, link, due_on, due_at, status, next_attempt_at,
                            accepted_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT ON CONSTRAINT reminder_delivery_once DO NOTHING
                        RETURNING delivery_id""", (row, n) -> row.getLong(1),
                reminder.obligationKey(), reminder.step(), reminder.recipientId(), channel.name(),
                reminder.recipientName(), reminder.audience() == null ? null : reminder.audience().name(),
                reminder.planId(), reminder.department(), reminder.title(), reminder.body(), reminder.link(),
                reminder.dueOn(), Timestamp.from(reminder.dueAt()), status.name(), Timestamp.from(nextAttempt),
                status == DeliveryStatus.SENT ? Timestamp.from(now) : null, Timestamp.from(now)).stream().findFirst();
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
        var counts = new java.util.EnumMap<Channel, Map<DeliveryStatus, Long>>(Channel.class);
        for (Channel channel : Channel.values()) {
            counts.put(channel, new java.util.EnumMap<>(DeliveryStatus.class));
        }
        jdbc.query("SELECT channel, status, COUNT(*) FROM reminder_delivery GROUP BY channel, status",
                (ResultSet row) -> {
                    counts.get(Channel.valueOf(row.getString(1)))
                            .put(DeliveryStatus.valueOf(row.getString(2)), row.getLong(3));
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
