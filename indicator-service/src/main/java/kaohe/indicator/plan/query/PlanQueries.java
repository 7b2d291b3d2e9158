package kaohe.indicator.plan.query;

import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the plan read model. */
@Component
public class PlanQueries {

    private final JdbcTemplate jdbc;

    public PlanQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlanView> findAll() {
        return jdbc.queryForList("SELECT plan_id FROM plan_view ORDER BY year DESC, plan_id", String.class)
                .stream().map(this::find).toList();
    }

    public PlanView find(String planId) {
        var plans = jdbc.queryForList("SELECT * FROM plan_view WHERE plan_id = ?", planId);
        if (plans.isEmpty()) {
            throw Refusal.notFound("plan-not-found", planId);
        }
        // Departments and leaders are read after the plan's row set is closed, never inside a row mapper, so a
        // request holds one pooled connection at a time.
        var plan = plans.get(0);
        return new PlanView((String) plan.get("plan_id"), (Integer) plan.get("year"), (String) plan.get("title"),
                (String) plan.get("issuing_body"), (String) plan.get("document_number"),
                date(plan.get("issued_on")), date(plan.get("liaison_due_on")),
                jdbc.queryForList("SELECT department FROM plan_department_view WHERE plan_id = ? ORDER BY position",
                        String.class, planId),
                jdbc.queryForList("SELECT leader FROM plan_leader_view WHERE plan_id = ? ORDER BY position",
                        String.class, planId),
                leaderAccounts(planId));
    }

    private Map<String, String> leaderAccounts(String planId) {
        Map<String, String> accounts = new LinkedHashMap<>();
        jdbc.query("""
                SELECT leader, user_id FROM plan_leader_view WHERE plan_id = ? AND user_id IS NOT NULL
                 ORDER BY position""", rs -> {
            accounts.put(rs.getString(1), rs.getString(2));
        }, planId);
        return accounts;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    /** Every department of the plan with its liaison, as of {@code today} (Asia/Shanghai). */
    public List<LiaisonRegisterEntry> liaisonRegister(String planId, LocalDate today) {
        var plan = find(planId);
        return jdbc.query("""
                SELECT d.department, l.liaison_name, l.phone, l.designated_on, l.days_late
                  FROM plan_department_view d
                  LEFT JOIN liaison_view l ON l.plan_id = d.plan_id AND l.department = d.department
                 WHERE d.plan_id = ? ORDER BY d.position""", (rs, row) -> {
            LocalDate designatedOn = rs.getObject("designated_on", LocalDate.class);
            LocalDate due = plan.liaisonDueOn();
            if (designatedOn != null) {
                int daysLate = rs.getInt("days_late");
                return new LiaisonRegisterEntry(rs.getString("department"), rs.getString("liaison_name"),
                        rs.getString("phone"), designatedOn, due, daysLate,
                        daysLate > 0 ? LiaisonRegisterEntry.Status.LATE : LiaisonRegisterEntry.Status.DESIGNATED);
            }
            boolean overdue = due != null && today.isAfter(due);
            return new LiaisonRegisterEntry(rs.getString("department"), null, null, null, due,
                    overdue ? (int) ChronoUnit.DAYS.between(due, today) : 0,
                    overdue ? LiaisonRegisterEntry.Status.OVERDUE : LiaisonRegisterEntry.Status.PENDING);
        }, planId);
    }
}
