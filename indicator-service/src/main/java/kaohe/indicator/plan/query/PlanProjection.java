package kaohe.indicator.plan.query;

import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.indicator.indicator.command.PlanDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Plans, their departments, leaders and liaisons as tables; also what the indicator aggregate asks of a plan. */
@Component
@ProcessingGroup("plan-projection")
public class PlanProjection implements PlanDirectory {

    private final JdbcTemplate jdbc;

    public PlanProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AssessmentPlanDefinedEvent event) {
        jdbc.update("""
                INSERT INTO plan_view (plan_id, year, title, issuing_body, document_number, issued_on, liaison_due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", event.planId(), event.year(), event.title(), event.issuingBody(),
                event.documentNumber(), event.issuedOn(), event.liaisonDueOn());
    }

    @EventHandler
    void on(DepartmentRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO plan_department_view (plan_id, department, position)
                SELECT ?, ?, COUNT(*) FROM plan_department_view WHERE plan_id = ?""",
                event.planId(), event.department(), event.planId());
    }

    @EventHandler
    void on(LeaderRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO plan_leader_view (plan_id, leader, position)
                SELECT ?, ?, COUNT(*) FROM plan_leader_view WHERE plan_id = ?""",
                event.planId(), event.leader(), event.planId());
    }

    @EventHandler
    void on(LeaderAccountLinkedEvent event) {
        jdbc.update("UPDATE plan_leader_view SET user_id = ? WHERE plan_id = ? AND leader = ?", event.userId(),
                event.planId(), event.leader());
    }

    @EventHandler
    void on(LiaisonDesignatedEvent event) {
        jdbc.update("""
                INSERT INTO liaison_view (plan_id, department, liaison_name, phone, designated_on, days_late)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (plan_id, department) DO UPDATE SET liaison_name = EXCLUDED.liaison_name,
                    phone = EXCLUDED.phone, designated_on = EXCLUDED.designated_on, days_late = EXCLUDED.days_late""",
                event.planId(), event.department(), event.liaisonName(), event.phone(), event.designatedOn(),
                event.daysLate());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE liaison_view, plan_leader_view, plan_department_view, plan_view CASCADE");
    }

    @Override
    public boolean planExists(String planId) {
        return exists("SELECT EXISTS (SELECT 1 FROM plan_view WHERE plan_id = ?)", planId);
    }

    @Override
    public boolean departmentRegistered(String planId, String department) {
        return exists("SELECT EXISTS (SELECT 1 FROM plan_department_view WHERE plan_id = ? AND department = ?)",
                planId, department);
    }

    @Override
    public boolean leaderRegistered(String planId, String leader) {
        return exists("SELECT EXISTS (SELECT 1 FROM plan_leader_view WHERE plan_id = ? AND leader = ?)",
                planId, leader);
    }

    private boolean exists(String sql, Object... args) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class, args));
    }
}
