package kaohe.ledger.report.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.event.ProgressSnapshot;
import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads quarterly reports and the office's board of them. */
@Component
public class QuarterlyReportQueries {

    private static final List<String> STATES = List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final BusinessCalendar calendar;

    public QuarterlyReportQueries(JdbcTemplate jdbc, ObjectMapper json, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.json = json;
        this.calendar = calendar;
    }

    public ReportView find(String reportId) {
        var rows = jdbc.query("SELECT * FROM quarterly_report_view WHERE report_id = ?", this::view, reportId);
        if (rows.isEmpty()) {
            throw Refusal.notFound("report-not-found", reportId);
        }
        return withRounds(rows.get(0));
    }

    /** A department's reports of a plan, by quarter: at most four, each with its rounds. */
    public List<ReportView> ofDepartment(String planId, String department) {
        return jdbc.query("SELECT * FROM quarterly_report_view WHERE plan_id = ? AND department = ? ORDER BY quarter",
                this::view, planId, department).stream().map(this::withRounds).toList();
    }

    // The rounds are read after the row set is closed: one pooled connection per request at a time.
    private ReportView withRounds(ReportView report) {
        String reportId = report.reportId();
        return new ReportView(report.reportId(), report.planId(), report.department(), report.quarter(),
                report.dueOn(), report.status(), report.round(), report.narrative(), report.evidence(),
                report.progress(), report.submittedOn(), report.daysLate(), report.daysOverdue(), report.acceptedOn(),
                report.pendingCorrection(), rounds(reportId), report.version());
    }

    /** Whose report it is: one row, for the access check before a write. */
    public String department(String reportId) {
        return jdbc.queryForList("SELECT department FROM quarterly_report_view WHERE report_id = ?", String.class,
                reportId).stream().findFirst().orElseThrow(() -> Refusal.notFound("report-not-found", reportId));
    }

    public ReportBoard board(String planId, Quarter quarter) {
        LocalDate dueOn = calendar.quarterlyReportDue(quarter);
        boolean pastDue = calendar.today().isAfter(dueOn);
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATES.forEach(state -> counts.put(state, 0));
        counts.put("OVERDUE", 0);
        List<ReportBoard.Row> rows = jdbc.query("""
                SELECT d.department, r.report_id, COALESCE(r.status, 'NOT_STARTED') AS status,
                       COALESCE(r.round, 0) AS round, r.submitted_on, r.days_late,
                       r.correction_id
                  FROM catalog_department d
                  LEFT JOIN quarterly_report_view r
                         ON r.plan_id = d.plan_id AND r.department = d.department AND r.quarter = ?
                 WHERE d.plan_id = ? ORDER BY d.position""", (rs, row) -> {
            String status = rs.getString("status");
            boolean overdue = pastDue && !status.equals("SUBMITTED") && !status.equals("ACCEPTED");
            return new ReportBoard.Row(rs.getString("department"), rs.getString("report_id"), status,
                    rs.getInt("round"), rs.getObject("submitted_on", LocalDate.class),
                    (Integer) rs.getObject("days_late"), overdue,
                    overdue ? BusinessCalendar.daysLate(calendar.today(), dueOn) : null,
                    rs.getString("correction_id"));
        }, quarter.toString(), planId);
        for (ReportBoard.Row row : rows) {
            counts.merge(row.status(), 1, Integer::sum);
            if (row.overdue()) {
                counts.merge("OVERDUE", 1, Integer::sum);
            }
        }
        return new ReportBoard(planId, quarter.toString(), dueOn, counts, rows);
    }

    private ReportView view(ResultSet rs, int row) throws SQLException {
        String reportId = rs.getString("report_id");
        String status = rs.getString("status");
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        Integer overdue = (status.equals("DRAFT") || status.equals("RETURNED")) && calendar.today().isAfter(dueOn)
                ? BusinessCalendar.daysLate(calendar.today(), dueOn) : null;
        return new ReportView(reportId, rs.getString("plan_id"), rs.getString("department"), rs.getString("quarter"),
                dueOn, status, rs.getInt("round"), rs.getString("narrative"),
                read(rs.getString("evidence"), new TypeReference<List<String>>() { }),
                read(rs.getString("progress"), new TypeReference<List<ProgressSnapshot>>() { }),
                rs.getObject("submitted_on", LocalDate.class), (Integer) rs.getObject("days_late"), overdue,
                rs.getObject("accepted_on", LocalDate.class), rs.getString("correction_id"), List.of(),
                rs.getLong("version"));
    }

    private List<ReportView.Round> rounds(String reportId) {
        return new ArrayList<>(jdbc.query("SELECT * FROM report_round_view WHERE report_id = ? ORDER BY round",
                (rs, row) -> {
                    var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
                    return new ReportView.Round(rs.getInt("round"), rs.getObject("submitted_on", LocalDate.class),
                            rs.getInt("days_late"), rs.getString("outcome"), rs.getString("reason"),
                            rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant());
                }, reportId));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable JSON in quarterly_report_view", corrupt);
        }
    }
}
