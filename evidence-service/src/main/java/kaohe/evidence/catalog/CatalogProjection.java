package kaohe.evidence.catalog;

import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.publish.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The plans and ledger records, kept from the events that create them; a record's department and plan never
 * change afterwards, so its later events are not needed here.
 */
@Component
public class CatalogProjection implements PlanCatalog {

    private final JdbcTemplate jdbc;
    private final IdempotentConsumer consumer;

    public CatalogProjection(JdbcTemplate jdbc, IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.consumer = consumer;
    }

    void applyIndicator(EventEnvelope envelope) {
        if (envelope.type().equals("indicator.AssessmentPlanDefined.v1")) {
            var event = consumer.payload(envelope, AssessmentPlanDefinedEvent.class);
            jdbc.update("INSERT INTO catalog_plan (plan_id) VALUES (?) ON CONFLICT DO NOTHING", event.planId());
        }
    }

    void applyLedger(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "ledger.LedgerTaskDrafted.v1" -> {
                var event = consumer.payload(envelope, LedgerTaskDraftedEvent.class);
                insert("TASK", event.taskId(), event.planId(), event.department());
            }
            case "ledger.MonthlyCheckOpened.v1" -> {
                var event = consumer.payload(envelope, MonthlyCheckOpenedEvent.class);
                insert("CHECK", event.checkId(), event.planId(), event.department());
            }
            case "ledger.QuarterlyReportDrafted.v1" -> {
                var event = consumer.payload(envelope, QuarterlyReportDraftedEvent.class);
                insert("REPORT", event.reportId(), event.planId(), event.department());
            }
            default -> {
                // what happens to a record later does not change whose it is
            }
        }
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
