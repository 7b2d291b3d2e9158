package kaohe.crudpeer.targets;

import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The table and its one write: a checked {@code UPDATE}, the way a CRUD app keeps optimistic locking. */
@Repository
public class CrudTargets {

    private final JdbcTemplate jdbc;

    public CrudTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The new version when {@code expected} is the row's current one; otherwise nothing changes and the refusal
     * says why (no such row, or a stale version — looked up only then, off the common path).
     */
    @Transactional
    public long revise(String id, long expected, TargetRevision revision, String by) {
        List<Long> updated = jdbc.query("""
                        UPDATE crud_target SET value = ?, unit = COALESCE(?, unit), reason = ?, updated_by = ?,
                               updated_at = now(), version = version + 1
                         WHERE id = ? AND version = ? RETURNING version""",
                (row, index) -> row.getLong(1), revision.value(), blankToNull(revision.unit()),
                revision.reason().strip(), by, id, expected);
        if (!updated.isEmpty()) {
            return updated.get(0);
        }
        List<Long> current = jdbc.query("SELECT version FROM crud_target WHERE id = ?",
                (row, index) -> row.getLong(1), id);
        if (current.isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "not-found", Map.of(), id);
        }
        throw new Refusal(Refusal.Kind.STALE, "stale-version", Map.of(), expected, current.get(0));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
