package kaohe.evidence.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import kaohe.testengines.Eventually;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays the indicator and ledger services: publishes the events that create a plan and ledger records on their
 * topics in the platform's envelope, as their publishers do, and waits until the evidence service's catalog has them.
 */
final class CatalogFeed {

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    CatalogFeed(KafkaTemplate<String, String> kafka, ObjectMapper json, JdbcTemplate jdbc) {
        this.kafka = kafka;
        this.json = json;
        this.jdbc = jdbc;
    }

    void plan(String planId) {
        publish("indicator", "AssessmentPlan", planId, new AssessmentPlanDefinedEvent(planId, 2020, "2020 年度考核",
                "市行政审批服务局", "市审批发〔2020〕14号", LocalDate.of(2020, 7, 7), LocalDate.of(2020, 7, 10)));
        Eventually.await("plan " + planId + " in the catalog", () -> count(
                "SELECT COUNT(*) FROM catalog_plan WHERE plan_id = ?", planId) == 1);
    }

    /** A new ledger record of {@code targetType} (TASK, CHECK, REPORT) of {@code department}; returns its id. */
    String record(String targetType, String planId, String department) {
        String id = targetType.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        switch (targetType) {
            case "TASK" -> publish("ledger", "LedgerTask", id,
                    new LedgerTaskDraftedEvent(id, planId, "i-1", department, null, "示范镇街创建", null));
            case "CHECK" -> publish("ledger", "MonthlyCheck", id,
                    new MonthlyCheckOpenedEvent(id, planId, department, "2020-08", LocalDate.of(2020, 8, 31)));
            case "REPORT" -> publish("ledger", "QuarterlyReport", id,
                    new QuarterlyReportDraftedEvent(id, planId, department, "2020-Q3", LocalDate.of(2020, 9, 30)));
            default -> throw new IllegalArgumentException(targetType);
        }
        Eventually.await(targetType + " " + id + " in the catalog", () -> count(
                "SELECT COUNT(*) FROM catalog_ledger_record WHERE target_id = ?", id) == 1);
        return id;
    }

    private void publish(String context, String aggregateType, String aggregateId, Object event) {
        var envelope = new EventEnvelope(UUID.randomUUID().toString(), EventTypeNames.of(context, event.getClass()),
                aggregateType, aggregateId, 0, Instant.now(), Map.of("actorId", "office-admin"),
                json.valueToTree(event));
        try {
            kafka.send("kaohe." + context, aggregateId, json.writeValueAsString(envelope)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException | JsonProcessingException e) {
            throw new IllegalStateException("could not publish " + envelope.type(), e);
        }
    }

    private long count(String sql, String id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
