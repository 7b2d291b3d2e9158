package kaohe.platform.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/** Remembers the answer to each (actor, Idempotency-Key) in the service's own database. */
public class IdempotencyStore {

    /** An in-progress claim older than this belongs to a request that died; a retry may take it over. */
    private static final String ABANDONED_AFTER = "60 seconds";

    public record Remembered(String fingerprint, boolean completed, Integer status, String contentType,
                             byte[] body) {
    }

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key; empty when claimed now, else what is remembered for it. */
    public Optional<Remembered> claim(String actorId, String key, String fingerprint) {
        try {
            jdbc.update("INSERT INTO idempotency_record (actor_id, idempotency_key, fingerprint) VALUES (?, ?, ?)",
                    actorId, key, fingerprint);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            int takenOver = jdbc.update("""
                    UPDATE idempotency_record SET created_at = now()
                     WHERE actor_id = ? AND idempotency_key = ? AND fingerprint = ? AND NOT completed
                       AND created_at < now() - CAST(? AS INTERVAL)""",
                    actorId, key, fingerprint, ABANDONED_AFTER);
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
}
