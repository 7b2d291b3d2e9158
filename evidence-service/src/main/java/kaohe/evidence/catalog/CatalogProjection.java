package kaohe.evidence.catalog;

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

import java.util.Optional;

/**
 * The plans and ledger records, kept from the events that create them; a record's department and plan never
 * change afterwards, so its later events are not needed here.
 */
@Component
public class CatalogProjection implements PlanCatalog {

    /** Whose marks (processed_event) this projection's applied events carry; fixed once events were applied. */
    private static final String INDICATOR_MARKS = "evidence-indicator-catalog";
    private static final String LEDGER_MARKS = "evidence-ledger-catalog";

    private final JdbcTemplate jdbc;
    private final EventHandlers indicatorEvents;
    private final EventHandlers ledgerEvents;

    public CatalogProjection(JdbcTemplate jdbc, IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.indicatorEvents = consumer.handlers(INDICATOR_MARKS, "indicator")
                .on(AssessmentPlanDefinedEvent.class, event -> jdbc.update(
                        "INSERT INTO catalog_plan (plan_id) VALUES (?) ON CONFLICT DO NOTHING", event.planId()))
                // indicators, departments and leaders do not decide whose evidence is whose
                .ignoring(DepartmentRegisteredEvent.class, IndicatorDefinedEvent.class,
                        IndicatorDepartmentsAssignedEvent.class, IndicatorLeadersAssignedEvent.class,
                        IndicatorTargetRevisedEvent.class, IndicatorTextRevisedEvent.class,
                        IndicatorWithdrawnEvent.class, LeaderAccountLinkedEvent.class, LeaderRegisteredEvent.class,
                        LiaisonDesignatedEvent.class);
        this.ledgerEvents = consumer.handlers(LEDGER_MARKS, "ledger")
                .on(LedgerTaskDraftedEvent.class, event ->
                        insert("TASK", event.taskId(), event.planId(), event.department()))
                .on(MonthlyCheckOpenedEvent.class, event ->
                        insert("CHECK", event.checkId(), event.planId(), event.department()))
                .on(QuarterlyReportDraftedEvent.class, event ->
                        insert("REPORT", event.reportId(), event.planId(), event.department()))
                // what happens to a record later does not change whose it is
                .ignoring(ContributionConfirmedEvent.class, ExtensionApprovedEvent.class,
                        ExtensionRefusedEvent.class, ExtensionRequestedEvent.class, GapClosedEvent.class,
                        GapFoundEvent.class, LedgerTaskApprovedEvent.class, LedgerTaskDefinesRevisedEvent.class,
                        LedgerTaskReturnedEvent.class, LedgerTaskSubmittedEvent.class,
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

    private void insert(String targetType, String targetId, String planId, String department) {
        jdbc.update("""
                INSERT INTO catalog_ledger_record (target_type, target_id, plan_id, department) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", targetType, targetId, planId, department);
    }

    @Override
    public boolean knowsPlan(String planId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM catalog_plan WHERE plan_id = ?)", Boolean.class, planId));
    }

    @Override
    public Optional<LedgerRecord> record(String targetType, String targetId) {
        return jdbc.query("""
                SELECT plan_id, department FROM catalog_ledger_record WHERE target_type = ? AND target_id = ?""",
                (rs, row) -> new LedgerRecord(rs.getString(1), rs.getString(2)), targetType, targetId)
                .stream().findFirst();
    }
}
