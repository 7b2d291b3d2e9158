package kaohe.ledger.report.query;

import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.event.ProgressSnapshot;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.report.command.ReportInputs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Task progress and missing co-signatures for a department's quarter, read from the ledger's projections. */
@Component
public class LedgerReportInputs implements ReportInputs {

    private final JdbcTemplate jdbc;

    public LedgerReportInputs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProgressSnapshot> progress(String planId, String department, Quarter quarter) {
        return jdbc.query("""
                SELECT t.task_id, t.indicator_id, t.title, (t.defines -> 'quantity' ->> 'value')::numeric AS target,
                       t.defines -> 'quantity' ->> 'unit' AS unit, p.month, p.actual_value, p.status, p.note
                  FROM ledger_task_view t
                  LEFT JOIN LATERAL (SELECT * FROM task_progress_view p
                                      WHERE p.task_id = t.task_id AND p.month <= ?
                                      ORDER BY p.month DESC LIMIT 1) p ON TRUE
                 WHERE t.plan_id = ? AND t.department = ? AND t.submitted
                 ORDER BY t.title, t.task_id""", (rs, row) -> new ProgressSnapshot(rs.getString("task_id"),
                rs.getString("indicator_id"), rs.getString("title"), rs.getBigDecimal("target"),
                rs.getString("unit"), rs.getString("month"), rs.getBigDecimal("actual_value"),
                rs.getString("status") == null ? null : ProgressStatus.valueOf(rs.getString("status")),
                rs.getString("note")), quarter.lastMonth().toString(), planId, department);
    }

    @Override
    public Optional<String> unusableEvidence(String department, List<String> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return Optional.empty();
        }
        var usable = new java.util.HashSet<>(jdbc.queryForList("""
                SELECT evidence_id FROM catalog_evidence
                 WHERE evidence_id = ANY(?) AND department = ? AND NOT withdrawn""", String.class,
                evidenceIds.toArray(String[]::new), department));
        return evidenceIds.stream().filter(id -> !usable.contains(id)).findFirst();
    }

    @Override
    public List<String> missingCoSignatures(String planId, String department, Quarter quarter) {
        return jdbc.query("""
                SELECT t.title, d.department
                  FROM ledger_task_view t
                  JOIN catalog_indicator_department d ON d.indicator_id = t.indicator_id AND d.role = 'COOPERATING'
                 WHERE t.plan_id = ? AND t.department = ? AND t.carried_as = 'LEAD' AND t.submitted
                   AND NOT EXISTS (SELECT 1 FROM task_co_signature s
                                    WHERE s.task_id = t.task_id AND s.quarter = ? AND s.department = d.department)
                 ORDER BY t.title, d.department""", (rs, row) -> rs.getString(1) + " → " + rs.getString(2),
                planId, department, quarter.toString());
    }
}
