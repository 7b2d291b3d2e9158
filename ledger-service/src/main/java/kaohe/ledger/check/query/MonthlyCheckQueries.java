package kaohe.ledger.check.query;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.event.ProgressStatus;
import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads monthly checks with their lateness, and gaps by state; "today" is the business day in Asia/Shanghai. */
@Component
public class MonthlyCheckQueries {

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    public MonthlyCheckQueries(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    public MonthlyCheckView find(String checkId) {
        var rows = jdbc.query("SELECT * FROM monthly_check_view WHERE check_id = ?", (rs, row) -> view(rs),
                checkId);
        if (rows.isEmpty()) {
            throw Refusal.notFound("check-not-found", checkId);
        }
        // Children are read after the row set is closed: a query inside a row mapper would hold two pooled
        // connections at once, and enough concurrent requests would then starve the pool.
        var check = rows.get(0);
        return new MonthlyCheckView(check.checkId(), check.planId(), check.department(), check.month(),
                check.dueOn(), check.status(), check.submittedOn(), check.daysLate(), check.daysOverdue(),
                check.summary(), progress(checkId),
                jdbc.query("SELECT * FROM gap_view WHERE check_id = ? ORDER BY fix_by, gap_id",
                        (gaps, row) -> gap(gaps), checkId),
                check.version());
    }

    /** Whose check it is: one row, for the access check before a write. */
    public String department(String checkId) {
        return jdbc.queryForList("SELECT department FROM monthly_check_view WHERE check_id = ?", String.class,
                checkId).stream().findFirst().orElseThrow(() -> Refusal.notFound("check-not-found", checkId));
    }

    /** A department's checks (or every department's, when {@code department} is null), newest month first. */
    public List<MonthlyCheckView> list(String planId, String department) {
        return jdbc.query("""
                SELECT * FROM monthly_check_view WHERE plan_id = ? AND (CAST(? AS TEXT) IS NULL OR department = ?)
                 ORDER BY month DESC, department""", (rs, row) -> view(rs), planId, department, department);
    }

    /** Gaps of a plan, optionally of one department and in one state (OPEN, OVERDUE, CLOSED). */
    public List<GapView> gaps(String planId, String department, String state) {
        List<GapView> gaps = jdbc.query("""
                SELECT * FROM gap_view WHERE plan_id = ? AND (CAST(? AS TEXT) IS NULL OR department = ?)
                 ORDER BY fix_by, gap_id""", (rs, row) -> gap(rs), planId, department, department);
        if (state == null) {
            return gaps;
        }
        return gaps.stream().filter(gap -> gap.state().equals(state)
                || state.equals("OPEN") && gap.state().equals("OVERDUE")).toList();
    }

    /** One row, without its progress and gaps. */
    private MonthlyCheckView view(ResultSet rs) throws SQLException {
        String checkId = rs.getString("check_id");
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        LocalDate submittedOn = rs.getObject("submitted_on", LocalDate.class);
        Integer overdue = null;
        if (submittedOn == null && calendar.today().isAfter(dueOn)) {
            overdue = BusinessCalendar.daysLate(calendar.today(), dueOn);
        }
        return new MonthlyCheckView(checkId, rs.getString("plan_id"), rs.getString("department"),
                rs.getString("month"), dueOn, submittedOn == null ? "OPEN" : "SUBMITTED", submittedOn,
                (Integer) rs.getObject("days_late"), overdue, rs.getString("summary"), null, null,
                rs.getLong("version"));
    }

    private List<MonthlyCheckView.Progress> progress(String checkId) {
        return new ArrayList<>(jdbc.query("""
                SELECT p.task_id, t.title, (t.defines -> 'quantity' ->> 'value')::numeric AS target_value,
                       p.actual_value, p.unit, p.status, p.note, p.recorded_at
                  FROM task_progress_view p JOIN ledger_task_view t ON t.task_id = p.task_id
                 WHERE p.check_id = ? ORDER BY t.title, p.task_id""", (rs, row) -> new MonthlyCheckView.Progress(
                rs.getString("task_id"), rs.getString("title"), rs.getBigDecimal("target_value"),
                rs.getBigDecimal("actual_value"), rs.getString("unit"),
                ProgressStatus.valueOf(rs.getString("status")), rs.getString("note"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant()), checkId));
    }

    private GapView gap(ResultSet rs) throws SQLException {
        LocalDate fixBy = rs.getObject("fix_by", LocalDate.class);
        LocalDate closedOn = rs.getObject("closed_on", LocalDate.class);
        LocalDate today = calendar.today();
        String state = closedOn != null ? "CLOSED" : today.isAfter(fixBy) ? "OVERDUE" : "OPEN";
        return new GapView(rs.getString("gap_id"), rs.getString("check_id"), rs.getString("department"),
                rs.getString("month"), rs.getString("task_id"), rs.getString("description"), rs.getString("owner"),
                fixBy, state, state.equals("OVERDUE") ? BusinessCalendar.daysLate(today, fixBy) : null, closedOn,
                rs.getString("resolution"));
    }
}
