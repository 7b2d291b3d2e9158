package kaohe.scoring.live;

import kaohe.platform.publish.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The scoring context's copy of every event it consumed, in the order applied: what projections are rebuilt
 * from, read by keyset (position), and what makes consumption idempotent (one row per event id).
 */
@Repository
public class ConsumedEvents {

    /** One stored event: its position and the envelope's JSON exactly as it arrived. */
    public record Stored(long position, String json) {
    }

    private static final long APPEND_LOCK = 0x6b616f6865L; // "kaohe"

    private final JdbcTemplate jdbc;

    public ConsumedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises appends across instances until the transaction ends, so positions commit in their order. */
    public void lockForAppend() {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", row -> null, APPEND_LOCK);
    }

    /** Records the event unless it was consumed before; its position if new. */
    public OptionalLong append(EventEnvelope envelope, String json) {
        List<Long> position = jdbc.queryForList("""
                INSERT INTO consumed_event (event_id, type, aggregate_id, sequence, occurred_at, business_day, envelope)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING RETURNING position""", Long.class,
                envelope.eventId(), envelope.type(), envelope.aggregateId(), envelope.sequence(),
                Timestamp.from(envelope.occurredAt()), Date.valueOf(envelope.businessDay()), json);
        return position.isEmpty() ? OptionalLong.empty() : OptionalLong.of(position.get(0));
    }

    public Optional<String> find(String eventId) {
        return jdbc.queryForList("SELECT envelope FROM consumed_event WHERE event_id = ?", String.class, eventId)
                .stream().findFirst();
    }

    public void assignPlan(long position, String planId) {
        jdbc.update("UPDATE consumed_event SET plan_id = ? WHERE position = ?", planId, position);
    }

    public long lastPosition() {
        Long last = jdbc.queryForObject("SELECT max(position) FROM consumed_event", Long.class);
        return last == null ? 0 : last;
    }

    public long countUpTo(long position) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM consumed_event WHERE position <= ?", Long.class,
                position);
        return count == null ? 0 : count;
    }

    /** The next batch after {@code after} up to {@code upTo}, in order: a keyset page. */
    public List<Stored> page(long after, long upTo, int size) {
        List<Stored> page = new ArrayList<>(size);
        jdbc.query("""
                SELECT position, envelope FROM consumed_event WHERE position > ? AND position <= ?
                ORDER BY position LIMIT ?""", row -> {
            page.add(new Stored(row.getLong(1), row.getString(2)));
        }, after, upTo, size);
        return page;
    }

    /**
     * A page of one plan's events that had happened by the end of business day {@code day}: a past day's knowledge.
     * By business day, not by instant, so that a demonstration on a set business date sees its own acts on it.
     */
    public List<Stored> pageOfPlan(String planId, LocalDate day, long after, int size) {
        List<Stored> page = new ArrayList<>(size);
        jdbc.query("""
                SELECT position, envelope FROM consumed_event
                WHERE plan_id = ? AND position > ? AND business_day <= ? ORDER BY position LIMIT ?""", row -> {
            page.add(new Stored(row.getLong(1), row.getString(2)));
        }, planId, after, Date.valueOf(day), size);
        return page;
    }
}
