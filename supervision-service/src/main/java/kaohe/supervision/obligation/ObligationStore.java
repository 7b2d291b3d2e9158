package kaohe.supervision.obligation;

import kaohe.supervision.event.Audience;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code obligation} table: the calendar's writes, each idempotent (an event applied twice changes nothing
 * more), and the reads by key and by due date.
 */
@Repository
public class ObligationStore {

    public static final RowMapper<Obligation> OBLIGATION = (rs, row) -> new Obligation(rs.getString("obligation_key"),
            ObligationKind.valueOf(rs.getString("kind")), rs.getString("plan_id"), rs.getString("department"),
            rs.getString("subject_id"), rs.getString("route_id"), rs.getString("label"),
            rs.getObject("scheduled_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
            rs.getInt("due_version"), Audience.valueOf(rs.getString("owner")), rs.getBoolean("done"),
            rs.getObject("done_on", LocalDate.class));

    private static final String INSERT = """
            INSERT INTO obligation (obligation_key, kind, plan_id, department, subject_id, route_id, label,
                                    scheduled_on, due_on, owner)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** An open obligation whose due date moves counts a new version: its reminders are new reminders. */
    private static final String UPSERT = INSERT + " " + """
             ON CONFLICT (obligation_key) DO UPDATE SET
                subject_id = COALESCE(EXCLUDED.subject_id, obligation.subject_id),
                route_id = COALESCE(EXCLUDED.route_id, obligation.route_id),
                label = EXCLUDED.label,
                due_version = obligation.due_version
                    + CASE WHEN NOT obligation.done AND obligation.due_on <> EXCLUDED.due_on THEN 1 ELSE 0 END,
                due_on = EXCLUDED.due_on""";

    private final JdbcTemplate jdbc;

    public ObligationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the ones not there yet; an obligation already known (an opened check …) keeps what it knows. */
    public void addIfAbsent(Collection<Obligation> obligations) {
        batch(INSERT + " ON CONFLICT (obligation_key) DO NOTHING", obligations);
    }

    /** Adds, or brings the known one up to date: its item, label and due date. */
    public void schedule(Obligation obligation) {
        scheduleAll(List.of(obligation));
    }

    public void scheduleAll(Collection<Obligation> obligations) {
        batch(UPSERT, obligations);
    }

    private void batch(String sql, Collection<Obligation> obligations) {
        jdbc.batchUpdate(sql, obligations.stream().map(o -> new Object[]{o.key(), o.kind().name(), o.planId(),
                o.department(), o.subjectId(), o.routeId(), o.label(), Date.valueOf(o.scheduledOn()),
                Date.valueOf(o.dueOn()), o.owner().name()}).toList());
    }

    public void done(String key, LocalDate on) {
        jdbc.update("UPDATE obligation SET done = TRUE, done_on = ? WHERE obligation_key = ? AND NOT done",
                Date.valueOf(on), key);
    }

    /** Open again (a returned report, a 督办单 sent back), due {@code dueOn}: a new version of its reminders. */
    public void reopen(String key, LocalDate dueOn) {
        jdbc.update("""
                UPDATE obligation SET done = FALSE, done_on = NULL, due_on = ?, due_version = due_version + 1
                 WHERE obligation_key = ? AND done""", Date.valueOf(dueOn), key);
    }

    /** A new due date for an open obligation (an approved extension). */
    public void move(String key, LocalDate dueOn) {
        jdbc.update("""
                UPDATE obligation SET due_on = ?, due_version = due_version + 1
                 WHERE obligation_key = ? AND NOT done AND due_on <> ?""", Date.valueOf(dueOn), key,
                Date.valueOf(dueOn));
    }

    /** Everything of {@code kind} about {@code subjectId} still open is done. */
    public void doneAll(Collection<ObligationKind> kinds, String subjectId, LocalDate on) {
        jdbc.update("""
                UPDATE obligation SET done = TRUE, done_on = ?
                 WHERE subject_id = ? AND kind = ANY(?) AND NOT done""", Date.valueOf(on), subjectId,
                kinds.stream().map(Enum::name).toArray(String[]::new));
    }

    /** A task's milestones due in {@code month} or before are done: its progress for that month is reported. */
    public void doneMilestonesUpTo(String taskId, YearMonth month, LocalDate on) {
        jdbc.update("""
                UPDATE obligation SET done = TRUE, done_on = ?
                 WHERE subject_id = ? AND kind = 'TASK_MILESTONE' AND NOT done AND due_on <= ?""",
                Date.valueOf(on), taskId, Date.valueOf(month.atEndOfMonth()));
    }

    /** Gone, as if never owed (a 督办单 withdrawn as opened in error). */
    public void remove(Collection<ObligationKind> kinds, String subjectId) {
        jdbc.update("DELETE FROM obligation WHERE subject_id = ? AND kind = ANY(?)", subjectId,
                kinds.stream().map(Enum::name).toArray(String[]::new));
    }

    /** Removes the open ones of {@code kind} about {@code subjectId} whose keys are not in {@code kept}. */
    public void removeOpenExcept(ObligationKind kind, String subjectId, Collection<String> kept) {
        jdbc.update("""
                DELETE FROM obligation WHERE subject_id = ? AND kind = ? AND NOT done
                   AND NOT (obligation_key = ANY(?))""", subjectId, kind.name(), kept.toArray(String[]::new));
    }

    public Optional<Obligation> find(String key) {
        return jdbc.query("SELECT * FROM obligation WHERE obligation_key = ?", OBLIGATION, key).stream().findFirst();
    }

    /** Every plan with obligations, read by skipping along the plan index (a handful of plans, many rows each). */
    public List<String> plans() {
        return jdbc.queryForList("""
                WITH RECURSIVE plans AS (
                    (SELECT plan_id FROM obligation ORDER BY plan_id LIMIT 1)
                    UNION ALL
                    SELECT (SELECT o.plan_id FROM obligation o WHERE o.plan_id > p.plan_id ORDER BY o.plan_id LIMIT 1)
                      FROM plans p WHERE p.plan_id IS NOT NULL)
                SELECT plan_id FROM plans WHERE plan_id IS NOT NULL""", String.class);
    }

    /** The open obligations due on one of {@code days} (index obligation_open_due). */
    public List<Obligation> openDueOn(Collection<LocalDate> days) {
        return jdbc.query("SELECT * FROM obligation WHERE NOT done AND due_on = ANY(?)", OBLIGATION,
                (Object) days.stream().map(Date::valueOf).toArray(Date[]::new));
    }

    public record Counts(long open, long overdue) {
    }

    public Counts counts(LocalDate today) {
        return jdbc.queryForObject("""
                SELECT COUNT(*), COUNT(*) FILTER (WHERE due_on < ?) FROM obligation WHERE NOT done""",
                (rs, row) -> new Counts(rs.getLong(1), rs.getLong(2)), Date.valueOf(today));
    }
}
