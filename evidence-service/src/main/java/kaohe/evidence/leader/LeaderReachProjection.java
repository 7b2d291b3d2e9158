package kaohe.evidence.leader;

import kaohe.evidence.evidence.query.EvidenceView;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.publish.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Stream;

/**
 * Leaders' accounts, indicators' leaders and departments, tasks' indicators and reports' departments. A leader
 * reaches what the ledger lets them read: a task of their indicator, a report of a department their indicator
 * names (as the ledger's {@code LedgerAccess} decides); a leader without a linked account reaches nothing.
 */
@Component
public class LeaderReachProjection implements LeaderReach {

    /** The indicators the account ({@code ?}) answers for in the plan {@code %s} names (a parameter or a column). */
    private static final String LED_BY = """
            SELECT i.indicator_id FROM leader_indicator i
              JOIN leader_indicator_leader l ON l.indicator_id = i.indicator_id
              JOIN leader_account a ON a.plan_id = i.plan_id AND a.leader = l.leader
             WHERE a.user_id = ? AND i.plan_id = %s""";

    private final JdbcTemplate jdbc;
    private final IdempotentConsumer consumer;

    public LeaderReachProjection(JdbcTemplate jdbc, IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.consumer = consumer;
    }

    void applyIndicator(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "indicator.IndicatorDefined.v1" -> {
                var event = consumer.payload(envelope, IndicatorDefinedEvent.class);
                jdbc.update("INSERT INTO leader_indicator (indicator_id, plan_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        event.indicatorId(), event.planId());
                leaders(event.indicatorId(), event.leaders());
                departments(event.indicatorId(), event.leadDepartments(), event.cooperatingDepartments());
            }
            case "indicator.IndicatorLeadersAssigned.v1" -> {
                var event = consumer.payload(envelope, IndicatorLeadersAssignedEvent.class);
                jdbc.update("DELETE FROM leader_indicator_leader WHERE indicator_id = ?", event.indicatorId());
                leaders(event.indicatorId(), event.after());
            }
            case "indicator.IndicatorDepartmentsAssigned.v1" -> {
                var event = consumer.payload(envelope, IndicatorDepartmentsAssignedEvent.class);
                jdbc.update("DELETE FROM leader_indicator_department WHERE indicator_id = ?", event.indicatorId());
                departments(event.indicatorId(), event.lead(), event.cooperating());
            }
            case "indicator.LeaderAccountLinked.v1" -> {
                var event = consumer.payload(envelope, LeaderAccountLinkedEvent.class);
                jdbc.update("""
                        INSERT INTO leader_account (plan_id, leader, user_id) VALUES (?, ?, ?)
                        ON CONFLICT (plan_id, leader) DO UPDATE SET user_id = EXCLUDED.user_id""",
                        event.planId(), event.leader(), event.userId());
            }
            default -> {
                // targets, texts, liaisons: not what a leader's reach depends on
            }
        }
    }

    void applyLedger(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "ledger.LedgerTaskDrafted.v1" -> {
                var event = consumer.payload(envelope, LedgerTaskDraftedEvent.class);
                jdbc.update("INSERT INTO leader_task (task_id, indicator_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        event.taskId(), event.indicatorId());
            }
            case "ledger.QuarterlyReportDrafted.v1" -> {
                var event = consumer.payload(envelope, QuarterlyReportDraftedEvent.class);
                jdbc.update("""
                        INSERT INTO leader_report (report_id, plan_id, department) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""", event.reportId(), event.planId(), event.department());
            }
            default -> {
                // a task's indicator and a report's department never change afterwards
            }
        }
    }

    private void leaders(String indicatorId, List<String> leaders) {
        leaders.forEach(leader -> jdbc.update("""
                INSERT INTO leader_indicator_leader (indicator_id, leader) VALUES (?, ?) ON CONFLICT DO NOTHING""",
                indicatorId, leader));
    }

    private void departments(String indicatorId, List<String> lead, List<String> cooperating) {
        Stream.concat(lead.stream(), cooperating.stream()).forEach(department -> jdbc.update("""
                INSERT INTO leader_indicator_department (indicator_id, department) VALUES (?, ?)
                ON CONFLICT DO NOTHING""", indicatorId, department));
    }

    /** Within the plan: an indicator of one plan naming a department does not open that department in another. */
    @Override
    public boolean followsDepartment(String userId, String planId, String department) {
        return exists("""
                SELECT EXISTS (SELECT 1 FROM leader_indicator_department
                                WHERE department = ? AND indicator_id IN (%s))""".formatted(LED_BY.formatted("?")),
                department, userId, planId);
    }

    @Override
    public boolean reaches(String userId, EvidenceView evidence) {
        return evidence.links().stream().anyMatch(link -> switch (link.targetType()) {
            case "TASK" -> exists("""
                    SELECT EXISTS (SELECT 1 FROM leader_task t
                                     JOIN leader_indicator_leader l ON l.indicator_id = t.indicator_id
                                     JOIN leader_indicator i ON i.indicator_id = t.indicator_id
                                     JOIN leader_account a ON a.plan_id = i.plan_id AND a.leader = l.leader
                                    WHERE t.task_id = ? AND a.user_id = ?)""", link.targetId(), userId);
            case "REPORT" -> exists("""
                    SELECT EXISTS (SELECT 1 FROM leader_report r
                                     JOIN leader_indicator_department d ON d.department = r.department
                                    WHERE r.report_id = ? AND d.indicator_id IN (%s))"""
                    .formatted(LED_BY.formatted("r.plan_id")), link.targetId(), userId);
            default -> false;
        });
    }

    private boolean exists(String sql, Object... args) {
        return Boolean.TRUE.equals(jdbc.queryForObject(sql, Boolean.class, args));
    }
}
