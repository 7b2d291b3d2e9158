package kaohe.ledger.check.query;

import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.MonthlySummaryWrittenEvent;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/** Monthly checks, the progress recorded in them and the gaps they found. */
@Component
@ProcessingGroup("monthly-check-projection")
public class MonthlyCheckProjection {

    private final JdbcTemplate jdbc;

    public MonthlyCheckProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MonthlyCheckOpenedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO monthly_check_view (check_id, plan_id, department, month, due_on, version)
                VALUES (?, ?, ?, ?, ?, ?)""", event.checkId(), event.planId(), event.department(), event.month(),
                event.dueOn(), version);
    }

    @EventHandler
    void on(TaskProgressRecordedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO task_progress_view (check_id, task_id, month, actual_value, unit, status, note,
                                                recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (check_id, task_id) DO UPDATE
                   SET actual_value = EXCLUDED.actual_value, unit = EXCLUDED.unit, status = EXCLUDED.status,
                       note = EXCLUDED.note, recorded_at = EXCLUDED.recorded_at""",
                event.checkId(), event.taskId(), event.month(), event.actualValue(), event.unit(),
                event.status().name(), event.note(), at.atOffset(ZoneOffset.UTC));
        setVersion(event.checkId(), version);
    }

    @EventHandler
    void on(GapFoundEvent event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO gap_view (gap_id, check_id, plan_id, department, month, task_id, description, owner,
                                      fix_by)
                SELECT ?, check_id, plan_id, department, month, ?, ?, ?, ? FROM monthly_check_view
                 WHERE check_id = ?""", event.gapId(), event.taskId(), event.description(), event.owner(),
                event.fixBy(), event.checkId());
        setVersion(event.checkId(), version);
    }

    @EventHandler
    void on(GapClosedEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE gap_view SET closed_on = ?, resolution = ? WHERE gap_id = ?", event.closedOn(),
                event.resolution(), event.gapId());
        setVersion(event.checkId(), version);
    }

    @EventHandler
    void on(MonthlySummaryWrittenEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE monthly_check_view SET summary = ?, version = ? WHERE check_id = ?", event.after(),
                version, event.checkId());
    }

    @EventHandler
    void on(MonthlyCheckSubmittedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE monthly_check_view SET submitted_on = ?, days_late = ?, version = ?
                 WHERE check_id = ?""", event.submittedOn(), event.daysLate(), version, event.checkId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE monthly_check_view CASCADE");
    }

    private void setVersion(String checkId, long version) {
        jdbc.update("UPDATE monthly_check_view SET version = ? WHERE check_id = ?", version, checkId);
    }
}
