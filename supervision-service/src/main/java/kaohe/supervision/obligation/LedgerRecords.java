package kaohe.supervision.obligation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The ledger's tasks, checks and reports by id, from the events that create them: their later events name only
 * the id (and they come on the same aggregate, so after it). And how far each task's progress was reported.
 */
@Repository
public class LedgerRecords {

    /** A task (label: its title), a check (label: its month) or a report (label: its quarter). */
    public record LedgerRecord(String planId, String department, String label) {
    }

    /** How far a task's progress was reported: its latest month, and the day it was reported DONE, if it was. */
    public record TaskProgress(String reportedMonth, LocalDate reportedOn, LocalDate doneOn) {
    }

    private final JdbcTemplate jdbc;

    public LedgerRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String recordId, String type, String planId, String department, String label) {
        jdbc.update("""
                INSERT INTO obligation_ledger_record (record_id, record_type, plan_id, department, label)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET label = EXCLUDED.label""",
                recordId, type, planId, department, label);
    }

    public Optional<LedgerRecord> find(String recordId) {
        return jdbc.query("SELECT plan_id, department, label FROM obligation_ledger_record WHERE record_id = ?",
                (rs, row) -> new LedgerRecord(rs.getString(1), rs.getString(2), rs.getString(3)), recordId)
                .stream().findFirst();
    }

    /** Progress reported for {@code month} (2020-08) on {@code day}; {@code done} when the task is complete. */
    public void progress(String taskId, String month, LocalDate day, boolean done) {
        jdbc.update("""
                INSERT INTO obligation_task_progress (task_id, reported_month, reported_on, done_on)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (task_id) DO UPDATE SET
                    reported_month = GREATEST(obligation_task_progress.reported_month, EXCLUDED.reported_month),
                    reported_on = EXCLUDED.reported_on,
                    done_on = COALESCE(obligation_task_progress.done_on, EXCLUDED.done_on)""",
                taskId, month, Date.valueOf(day), done ? Date.valueOf(day) : null);
    }

    public Optional<TaskProgress> progress(String taskId) {
        return jdbc.query("SELECT reported_month, reported_on, done_on FROM obligation_task_progress WHERE task_id = ?",
                (rs, row) -> new TaskProgress(rs.getString(1), rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()), taskId).stream().findFirst();
    }
}
