package kaohe.ledger.catalog;

import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorTextRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.indicator.event.Target;
import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's copy of plans, departments, indicators and the accounts their leaders sign in with, kept from the
 * indicator context's events, each type handled or deliberately ignored; a type it does not know is reported
 * ({@code EventHandlers}).
 */
@Component
public class IndicatorCatalogProjection implements IndicatorCatalog, LeaderAccounts {

    private final JdbcTemplate jdbc;
    private final EventHandlers events;

    public IndicatorCatalogProjection(JdbcTemplate jdbc, IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.events = consumer.handlers(IndicatorEventsListener.CONSUMER, "indicator")
                .on(AssessmentPlanDefinedEvent.class, event -> jdbc.update(
                        "INSERT INTO catalog_plan (plan_id, year) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        event.planId(), event.year()))
                .on(DepartmentRegisteredEvent.class, event -> jdbc.update("""
                        INSERT INTO catalog_department (plan_id, department, position)
                        SELECT ?, ?, COUNT(*) FROM catalog_department WHERE plan_id = ?
                        ON CONFLICT DO NOTHING""", event.planId(), event.department(), event.planId()))
                .on(IndicatorDefinedEvent.class, this::defined)
                .on(IndicatorTextRevisedEvent.class, event -> jdbc.update(
                        "UPDATE catalog_indicator SET text = ? WHERE indicator_id = ?", event.after(),
                        event.indicatorId()))
                .on(IndicatorTargetRevisedEvent.class, event -> upsertTarget(event.indicatorId(), event.after()))
                .on(IndicatorDepartmentsAssignedEvent.class, event -> {
                    jdbc.update("DELETE FROM catalog_indicator_department WHERE indicator_id = ?",
                            event.indicatorId());
                    insertDepartments(event.indicatorId(), event.lead(), event.cooperating());
                    jdbc.update("UPDATE catalog_indicator SET all_departments_cooperate = ? WHERE indicator_id = ?",
                            event.allCooperating(), event.indicatorId());
                })
                .on(IndicatorLeadersAssignedEvent.class, event -> {
                    jdbc.update("DELETE FROM catalog_indicator_leader WHERE indicator_id = ?", event.indicatorId());
                    insertLeaders(event.indicatorId(), event.after());
                })
                .on(LeaderAccountLinkedEvent.class, event -> jdbc.update("""
                        INSERT INTO catalog_plan_leader (plan_id, leader, user_id) VALUES (?, ?, ?)
                        ON CONFLICT (plan_id, leader) DO UPDATE SET user_id = EXCLUDED.user_id""",
                        event.planId(), event.leader(), event.userId()))
                .on(IndicatorWithdrawnEvent.class, event -> jdbc.update(
                        "UPDATE catalog_indicator SET withdrawn = TRUE WHERE indicator_id = ?", event.indicatorId()))
                // leaders by name alone and liaisons are not the ledger's business
                .ignoring(LeaderRegisteredEvent.class, LiaisonDesignatedEvent.class);
    }

    EventHandlers events() {
        return events;
    }

    private void defined(IndicatorDefinedEvent event) {
        jdbc.update("""
                INSERT INTO catalog_indicator (indicator_id, plan_id, code, text, all_departments_cooperate)
                VALUES (?, ?, ?, ?, ?)""", event.indicatorId(), event.planId(), event.code(), event.text(),
                event.allDepartmentsCooperate());
        event.targets().forEach(target -> upsertTarget(event.indicatorId(), target));
        insertDepartments(event.indicatorId(), event.leadDepartments(), event.cooperatingDepartments());
        insertLeaders(event.indicatorId(), event.leaders());
    }

    private void upsertTarget(String indicatorId, Target target) {
        jdbc.update("""
                INSERT INTO catalog_indicator_target (indicator_id, target_key, value, unit, subject)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (indicator_id, target_key) DO UPDATE
                   SET value = EXCLUDED.value, unit = EXCLUDED.unit, subject = EXCLUDED.subject""",
                indicatorId, target.key(), target.value(), target.unit(), target.subject());
    }

    private void insertDepartments(String indicatorId, List<String> lead, List<String> cooperating) {
        lead.forEach(department -> insertDepartment(indicatorId, department, "LEAD"));
        cooperating.forEach(department -> insertDepartment(indicatorId, department, "COOPERATING"));
    }

    private void insertDepartment(String indicatorId, String department, String role) {
        jdbc.update("INSERT INTO catalog_indicator_department (indicator_id, department, role) VALUES (?, ?, ?)",
                indicatorId, department, role);
    }

    private void insertLeaders(String indicatorId, List<String> leaders) {
        leaders.forEach(leader -> jdbc.update(
                "INSERT INTO catalog_indicator_leader (indicator_id, leader) VALUES (?, ?)", indicatorId, leader));
    }

    @Override
    public Optional<CatalogIndicator> indicator(String indicatorId) {
        var rows = jdbc.queryForList(
                """
                SELECT plan_id, code, text, withdrawn, all_departments_cooperate FROM catalog_indicator
                 WHERE indicator_id = ?""", indicatorId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.get(0);
        Map<String, Target> targets = new LinkedHashMap<>();
        jdbc.query("""
                SELECT target_key, value, unit, subject FROM catalog_indicator_target
                 WHERE indicator_id = ? ORDER BY target_key""", rs -> {
            targets.put(rs.getString(1), new Target(rs.getString(1), rs.getBigDecimal(2), rs.getString(3),
                    rs.getString(4)));
        }, indicatorId);
        return Optional.of(new CatalogIndicator(indicatorId, (String) row.get("plan_id"), (String) row.get("code"),
                (String) row.get("text"), (Boolean) row.get("withdrawn"), departments(indicatorId, "LEAD"),
                departments(indicatorId, "COOPERATING"), (Boolean) row.get("all_departments_cooperate"),
                jdbc.queryForList("SELECT leader FROM catalog_indicator_leader WHERE indicator_id = ? ORDER BY leader",
                        String.class, indicatorId),
                targets));
    }

    private List<String> departments(String indicatorId, String role) {
        return jdbc.queryForList("""
                SELECT department FROM catalog_indicator_department
                 WHERE indicator_id = ? AND role = ? ORDER BY department""", String.class, indicatorId, role);
    }

    /** The active indicators {@code department} carries in a plan, lead ones first, in table order. */
    public List<CarriedIndicator> carriedBy(String planId, String department) {
        return jdbc.query("""
                SELECT i.indicator_id FROM catalog_indicator i
                  LEFT JOIN catalog_indicator_department d
                         ON d.indicator_id = i.indicator_id AND d.department = ?
                 WHERE i.plan_id = ? AND NOT i.withdrawn AND (d.role IS NOT NULL OR i.all_departments_cooperate)
                 ORDER BY COALESCE(d.role, 'COOPERATING') DESC, i.code""", (rs, row) -> rs.getString(1),
                        department, planId).stream()
                .map(id -> indicator(id).orElseThrow())
                .map(found -> new CarriedIndicator(found.indicatorId(), found.code(), found.text(),
                        found.carriedBy(department).orElseThrow(), found.leadDepartments(),
                        found.cooperatingDepartments(), found.allDepartmentsCooperate(),
                        List.copyOf(found.targets().values()), found.leaders()))
                .toList();
    }

    public int indicatorCount(String planId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM catalog_indicator WHERE plan_id = ? AND NOT withdrawn",
                Integer.class, planId);
    }

    @Override
    public Optional<Integer> planYear(String planId) {
        return jdbc.queryForList("SELECT year FROM catalog_plan WHERE plan_id = ?", Integer.class, planId)
                .stream().findFirst();
    }

    @Override
    public List<String> departments(String planId) {
        return jdbc.queryForList("SELECT department FROM catalog_department WHERE plan_id = ? ORDER BY position",
                String.class, planId);
    }

    @Override
    public boolean followsDepartment(String userId, String planId, String department) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM catalog_plan_leader p
                                 JOIN catalog_indicator i ON i.plan_id = p.plan_id
                                 JOIN catalog_indicator_leader l ON l.indicator_id = i.indicator_id
                                                                AND l.leader = p.leader
                                 JOIN catalog_indicator_department d ON d.indicator_id = i.indicator_id
                                WHERE p.user_id = ? AND p.plan_id = ? AND d.department = ?)""", Boolean.class, userId,
                planId, department));
    }

    @Override
    public boolean leads(String userId, String indicatorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM catalog_indicator i
                                 JOIN catalog_indicator_leader l ON l.indicator_id = i.indicator_id
                                 JOIN catalog_plan_leader p ON p.plan_id = i.plan_id AND p.leader = l.leader
                                WHERE i.indicator_id = ? AND p.user_id = ?)""", Boolean.class, indicatorId, userId));
    }
}
