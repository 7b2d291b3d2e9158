package kaohe.ledger.check.query;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.event.ProgressStatus;
import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Reads monthly checks with their lateness, and gaps by state; "today" is the business day in Asia/Shanghai. */
@Component
public class MonthlyCheckQueries {

    /** A gap as text cells (dates in ISO form), read by {@link #gap(String[])}. */
    private static final String GAP_CELLS = """
            ARRAY[g.gap_id, g.check_id, g.department, g.month, g.task_id, g.description, g.owner, g.fix_by::text,
                  g.closed_on::text, g.resolution]""";

    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    public MonthlyCheckQueries(JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * One statement, the check's progress and gaps as arrays beside its row: the read that answers every command on
     * a check (read-your-writes) was three round trips.
     */
    public MonthlyCheckView find(String checkId) {
        var rows = jdbc.query("""
                SELECT c.*,
                  ARRAY(SELECT ARRAY[p.task_id, t.title, (t.defines -> 'quantity' ->> 'value')::numeric::text,
                                     p.actual_value::text, p.unit, p.status, p.note,
                                     (extract(epoch FROM p.recorded_at) * 1000000)::bigint::text]
                          FROM task_progress_view p JOIN ledger_task_view t ON t.task_id = p.task_id
                         WHERE p.check_id = c.check_id ORDER BY t.title, p.task_id) AS progress_rows,
                  ARRAY(SELECT\s""" + GAP_CELLS + """
                          FROM gap_view g WHERE g.check_id = c.check_id ORDER BY g.fix_by, g.gap_id) AS gap_rows
                FROM monthly_check_view c WHERE c.check_id = ?""", (rs, row) -> view(rs,
                progress(rs.getArray("progress_rows")), gaps(rs.getArray("gap_rows"))), checkId);
        if (rows.isEmpty()) {
            throw Refusal.notFound("check-not-found", checkId);
        }
        return rows.get(0);
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
                 ORDER BY month DESC, department""", (rs, row) -> view(rs, null, null), planId, department, department);
    }

    /** Gaps of a plan, optionally of one department and in one state (OPEN, OVERDUE, CLOSED). */
    public List<GapView> gaps(String planId, String department, String state) {
        List<GapView> gaps = jdbc.query("SELECT " + GAP_CELLS + """
                 AS cells FROM gap_view g WHERE g.plan_id = ? AND (CAST(? AS TEXT) IS NULL OR g.department = ?)
                 ORDER BY g.fix_by, g.gap_id""", (rs, row) -> gap((String[]) rs.getArray("cells").getArray()),
                planId, department, department);
        if (state == null) {
            return gaps;
        }
        return gaps.stream().filter(gap -> gap.state().equals(state)
                || state.equals("OPEN") && gap.state().equals("OVERDUE")).toList();
    }

    /** One row, with its progress and gaps (null in lists). */
    private MonthlyCheckView view(ResultSet rs, List<MonthlyCheckView.Progress> progress, List<GapView> gaps)
            throws SQLException {
        String checkId = rs.getString("check_id");
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        LocalDate submittedOn = rs.getObject("submitted_on", LocalDate.class);
        Integer overdue = null;
        if (submittedOn == null && calendar.today().isAfter(dueOn)) {
            overdue = BusinessCalendar.daysLate(calendar.today(), dueOn);
        }
        return new MonthlyCheckView(checkId, rs.getString("plan_id"), rs.getString("department"),
                rs.getString("month"), dueOn, submittedOn == null ? "OPEN" : "SUBMITTED", submittedOn,
                (Integer) rs.getObject("days_late"), overdue, rs.getString("summary"), progress, gaps,
                rs.getLong("version"));
    }

    /** Rows of (task, title, target, actual, unit, status, note, recorded at in epoch microseconds). */
    private static List<MonthlyCheckView.Progress> progress(Array rows) throws SQLException {
        var progress = new ArrayList<MonthlyCheckView.Progress>();
        for (Object row : (Object[]) rows.getArray()) {
            var cells = (String[]) row;
            progress.add(new MonthlyCheckView.Progress(cells[0], cells[1], decimal(cells[2]), decimal(cells[3]),
                    cells[4], ProgressStatus.valueOf(cells[5]), cells[6],
                    Instant.EPOCH.plus(Long.parseLong(cells[7]), ChronoUnit.MICROS)));
        }
        return progress;
    }

    private List<GapView> gaps(Array rows) throws SQLException {
        var gaps = new ArrayList<GapView>();
        for (Object row : (Object[]) rows.getArray()) {
            gaps.add(gap((String[]) row));
        }
        return gaps;
    }

    /** The cells of {@link #GAP_CELLS}; OVERDUE and its days are judged against today, not stored. */
    private GapView gap(String[] cells) {
        LocalDate fixBy = LocalDate.parse(cells[7]);
        LocalDate closedOn = cells[8] == null ? null : LocalDate.parse(cells[8]);
        LocalDate today = calendar.today();
        String state = closedOn != null ? "CLOSED" : today.isAfter(fixBy) ? "OVERDUE" : "OPEN";
        return new GapView(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], fixBy, state,
                state.equals("OVERDUE") ? BusinessCalendar.daysLate(today, fixBy) : null, closedOn, cells[9]);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
