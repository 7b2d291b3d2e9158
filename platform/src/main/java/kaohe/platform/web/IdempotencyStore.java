package kaohe.platform.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers the answer to each (actor, Idempotency-Key) in the service's own database for {@code retention}
 * ({@code kaohe.idempotency.retention}, default 24 h): after that the key is free again, and the record is purged
 * in small batches so the table does not grow with every write ever made.
 */
public class IdempotencyStore {

    /** An in-progress claim older than this belongs to a request that died; a retry may take it over. */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);
    /** Rows deleted per statement: a purge never holds many locks or a long transaction. */
    static final int PURGE_BATCH = 500;

    public record Remembered(String fingerprint, boolean completed, Integer status, String contentType,
                             byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Claims the key; empty when claimed now, else what is remembered for it. */
    public Optional<Remembered> claim(String actorId, String key, String fingerprint) {
        Instant now = clock.instant();
        try {
            jdbc.update("""
                    INSERT INTO idempotency_record (actor_id, idempotency_key, fingerprint, created_at)
                    VALUES (?, ?, ?, ?)""", actorId, key, fingerprint, Timestamp.from(now));
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            int takenOver = jdbc.update("""
                    UPDATE idempotency_record
                       SET fingerprint = ?, completed = FALSE, response_status = NULL, content_type = NULL,
                           response_body = NULL, created_at = ?
                     WHERE actor_id = ? AND idempotency_key = ?
                       AND (created_at < ? OR (fingerprint = ? AND NOT completed AND created_at < ?))""",
                    fingerprint, Timestamp.from(now), actorId, key, Timestamp.from(now.minus(retention)),
                    fingerprint, Timestamp.from(now.minus(ABANDONED_AFTER)));
            if (takenOver == 1) {
                return Optional.empty();
            }
            return jdbc.query("""
                            SELECT fingerprint, completed, response_status, content_type, response_body
                              FROM idempotency_record WHERE actor_id = ? AND idempotency_key = ?""",
                    (rs, row) -> new Remembered(rs.getString(1), rs.getBoolean(2),
                            (Integer) rs.getObject(3), rs.getString(4), rs.getBytes(5)),
                    actorId, key).stream().findFirst();
        }
    }

    public void complete(String actorId, String key, int status, String contentType, byte[] body) {
        jdbc.update("""
                UPDATE idempotency_record SET completed = TRUE, response_status = ?, content_type = ?, response_body = ?
                 WHERE actor_id = ? AND idempotency_key = ?""", status, contentType, body, actorId, key);
    }

    /** A server error is not an answer to remember: the client may retry with the same key. */
    public void release(String actorId, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE actor_id = ? AND idempotency_key = ? AND NOT completed",
                actorId, key);
    }

    /** Deletes the expired records, {@value PURGE_BATCH} per statement; returns how many. */
    @Scheduled(fixedDelayString = "${kaohe.idempotency.purge-interval}",
            initialDelayString = "${kaohe.idempotency.purge-interval}")
    public int purgeExpired() {
        Timestamp expired = Timestamp.from(clock.instant().minus(retention));
        int purged = 0;
        int batch;
        do {
            batch = jdbc.update("""
                    DELETE FROM idempotency_record WHERE ctid IN (
                      SELECT ctid FROM idempotency_record WHERE created_at < ? LIMIT ?)""", expired, PURGE_BATCH);
            purged += batch;
        } while (batch == PURGE_BATCH);
        return purged;
    }
}
