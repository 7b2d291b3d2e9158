package kaohe.indicator.indicator.query;

import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorTextRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.Target;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Indicators with their targets, departments and leaders as tables, each row at its aggregate's version. */
@Component
@ProcessingGroup("indicator-projection")
public class IndicatorProjection {

    private final JdbcTemplate jdbc;

    public IndicatorProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IndicatorDefinedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO indicator_view (indicator_id, plan_id, kind, code, category, text, provincial,
                                            all_departments_cooperate, city_lead_unit, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.indicatorId(), event.planId(), event.kind().name(),
                event.code(), event.category(), event.text(), event.provincial(), event.allDepartmentsCooperate(),
                event.cityLeadUnit(), version);
        event.targets().forEach(target -> upsertTarget(event.indicatorId(), target));
        insertDepartments(event.indicatorId(), "LEAD", event.leadDepartments());
        insertDepartments(event.indicatorId(), "COOPERATING", event.cooperatingDepartments());
        insertLeaders(event.indicatorId(), event.leaders());
    }

    @EventHandler
    void on(IndicatorTextRevisedEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE indicator_view SET text = ?, version = ? WHERE indicator_id = ?",
                event.after(), version, event.indicatorId());
    }

    @EventHandler
    void on(IndicatorTargetRevisedEvent event, @SequenceNumber long version) {
        upsertTarget(event.indicatorId(), event.after());
        setVersion(event.indicatorId(), version);
    }

    @EventHandler
    void on(IndicatorDepartmentsAssignedEvent event, @SequenceNumber long version) {
        jdbc.update("DELETE FROM indicator_department_view WHERE indicator_id = ?", event.indicatorId());
        insertDepartments(event.indicatorId(), "LEAD", event.lead());
        insertDepartments(event.indicatorId(), "COOPERATING", event.cooperating());
        jdbc.update("UPDATE indicator_view SET all_departments_cooperate = ?, version = ? WHERE indicator_id = ?",
                event.allCooperating(), version, event.indicatorId());
    }

    @EventHandler
    void on(IndicatorLeadersAssignedEvent event, @SequenceNumber long version) {
        jdbc.update("DELETE FROM indicator_leader_view WHERE indicator_id = ?", event.indicatorId());
        insertLeaders(event.indicatorId(), event.after());
        setVersion(event.indicatorId(), version);
    }

    @EventHandler
    void on(IndicatorWithdrawnEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE indicator_view SET withdrawn = TRUE, version = ? WHERE indicator_id = ?",
                version, event.indicatorId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE indicator_view CASCADE");
    }

    private void setVersion(String indicatorId, long version) {
        jdbc.update("UPDATE indicator_view SET version = ? WHERE indicator_id = ?", version, indicatorId);
    }

    private void upsertTarget(String indicatorId, Target target) {
        jdbc.update("""
                INSERT INTO indicator_target_view (indicator_id, target_key, value, unit, subject)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (indicator_id, target_key) DO UPDATE
                   SET value = EXCLUDED.value, unit = EXCLUDED.unit, subject = EXCLUDED.subject""",
                indicatorId, target.key(), target.value(), target.unit(), target.subject());
    }

    private void insertDepartments(String indicatorId, String role, List<String> departments) {
        for (int i = 0; i < departments.size(); i++) {
            jdbc.update("""
                    INSERT INTO indicator_department_view (indicator_id, department, role, position)
                    VALUES (?, ?, ?, ?)""", indicatorId, departments.get(i), role, i);
        }
    }

    private void insertLeaders(String indicatorId, List<String> leaders) {
        for (int i = 0; i < leaders.size(); i++) {
            jdbc.update("INSERT INTO indicator_leader_view (indicator_id, leader, position) VALUES (?, ?, ?)",
                    indicatorId, leaders.get(i), i);
        }
    }
}
