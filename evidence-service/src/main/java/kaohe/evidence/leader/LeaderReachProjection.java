package kaohe.evidence.leader;

import kaohe.evidence.evidence.query.EvidenceView;
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
import kaohe.ledger.event.ContributionConfirmedEvent;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.ExtensionRefusedEvent;
import kaohe.ledger.event.ExtensionRequestedEvent;
import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskReturnedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.MonthlySummaryWrittenEvent;
import kaohe.ledger.event.QuarterlyReportAcceptedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportRevisedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.ReportCorrectionApprovedEvent;
import kaohe.ledger.event.ReportCorrectionRefusedEvent;
import kaohe.ledger.event.ReportCorrectionRequestedEvent;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
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

    /** Whose marks (processed_event) this projection's applied events carry; fixed once events were applied. */
    private static final String INDICATOR_MARKS = "evidence-indicator-leaders";
    private static final String LEDGER_MARKS = "evidence-ledger-leaders";

    /** The indicators the account ({@code ?}) answers for in the plan {@code %s} names (a parameter or a column). */
    private static final String LED_BY = """
            SELECT i.indicator_id FROM leader_indicator i
              JOIN leader_indicator_leader l ON l.indicator_id = i.indicator_id
              JOIN leader_account a ON a.plan_id = i.plan_id AND a.leader = l.leader
             WHERE a.user_id = ? AND i.plan_id = %s""";

    private final JdbcTemplate jdbc;
    private final EventHandlers indicatorEvents;
    private final EventHandlers ledgerEvents;

    public LeaderReachProjection(JdbcTemplate jdbc, IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.indicatorEvents = consumer.handlers(INDICATOR_MARKS, "indicator")
                .on(IndicatorDefinedEvent.class, event -> {
                    jdbc.update("""
                            INSERT INTO leader_indicator (indicator_id, plan_id) VALUES (?, ?)
                            ON CONFLICT DO NOTHING""", event.indicatorId(), event.planId());
                    leaders(event.indicatorId(), event.leaders());
                    departments(event.indicatorId(), event.leadDepartments(), event.cooperatingDepartments());
                })
                .on(IndicatorLeadersAssignedEvent.class, event -> {
                    jdbc.update("DELETE FROM leader_indicator_leader WHERE indicator_id = ?", event.indicatorId());
                    leaders(event.indicatorId(), event.after());
                })
                .on(IndicatorDepartmentsAssignedEvent.class, event -> {
                    jdbc.update("DELETE FROM leader_indicator_department WHERE indicator_id = ?",
                            event.indicatorId());
                    departments(event.indicatorId(), event.lead(), event.cooperating());
                })
                .on(LeaderAccountLinkedEvent.class, event -> jdbc.update("""
                        INSERT INTO leader_account (plan_id, leader, user_id) VALUES (?, ?, ?)
                        ON CONFLICT (plan_id, leader) DO UPDATE SET user_id = EXCLUDED.user_id""",
                        event.planId(), event.leader(), event.userId()))
                // plans, targets, texts, liaisons: not what a leader's reach depends on
                .ignoring(AssessmentPlanDefinedEvent.class, DepartmentRegisteredEvent.class,
                        IndicatorTargetRevisedEvent.class, IndicatorTextRevisedEvent.class,
                        IndicatorWithdrawnEvent.class, LeaderRegisteredEvent.class, LiaisonDesignatedEvent.class);
        this.ledgerEvents = consumer.handlers(LEDGER_MARKS, "ledger")
                .on(LedgerTaskDraftedEvent.class, event -> jdbc.update(
                        "INSERT INTO leader_task (task_id, indicator_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        event.taskId(), event.indicatorId()))
                .on(QuarterlyReportDraftedEvent.class, event -> jdbc.update("""
                        INSERT INTO leader_report (report_id, plan_id, department) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""", event.reportId(), event.planId(), event.department()))
                // a task's indicator and a report's department never change afterwards
                .ignoring(ContributionConfirmedEvent.class, ExtensionApprovedEvent.class,
                        ExtensionRefusedEvent.class, ExtensionRequestedEvent.class, GapClosedEvent.class,
                        GapFoundEvent.class, LedgerTaskApprovedEvent.class, LedgerTaskDefinesRevisedEvent.class,
                        LedgerTaskReturnedEvent.class, LedgerTaskSubmittedEvent.class, MonthlyCheckOpenedEvent.class,
                        MonthlyCheckSubmittedEvent.class, MonthlySummaryWrittenEvent.class,
                        QuarterlyReportAcceptedEvent.class, QuarterlyReportReturnedEvent.class,
                        QuarterlyReportRevisedEvent.class, QuarterlyReportSubmittedEvent.class,
                        ReportCorrectionApprovedEvent.class, ReportCorrectionRefusedEvent.class,
                        ReportCorrectionRequestedEvent.class, TaskProgressRecordedEvent.class);
    }

    public EventHandlers indicatorEvents() {
        return indicatorEvents;
    }

    public EventHandlers ledgerEvents() {
        return ledgerEvents;
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
