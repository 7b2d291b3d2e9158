package kaohe.evidence.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
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
import java.util.List;
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

    /** A new indicator of the plan: its responsible leaders, lead and cooperating departments; returns its id. */
    String indicator(String planId, List<String> leaders, List<String> lead, List<String> cooperating) {
        String id = "i-" + UUID.randomUUID().toString().substring(0, 8);
        publish("indicator", "Indicator", id, new IndicatorDefinedEvent(id, planId, IndicatorKind.MUNICIPAL_KEY_WORK,
                "市考个性工作-" + id, "个性指标", "创建政务服务示范镇街", false, List.of(), lead, cooperating, false,
                leaders, null));
        Eventually.await("indicator " + id + " known to leaders' reach", () -> count(
                "SELECT COUNT(*) FROM leader_indicator WHERE indicator_id = ?", id) == 1);
        return id;
    }

    void reassignLeaders(String indicatorId, List<String> before, List<String> after) {
        String marker = String.join(",", after);
        publish("indicator", "Indicator", indicatorId, new IndicatorLeadersAssignedEvent(indicatorId, before, after));
        Eventually.await("leaders of " + indicatorId + " reassigned", () -> String.join(",", jdbc.queryForList(
                "SELECT leader FROM leader_indicator_leader WHERE indicator_id = ? ORDER BY leader", String.class,
                indicatorId)).equals(marker));
    }

    /** The plan links {@code leader} to the account {@code userId} signs in with. */
    void leaderAccount(String planId, String leader, String userId) {
        publish("indicator", "AssessmentPlan", planId, new LeaderAccountLinkedEvent(planId, leader, null, userId));
        Eventually.await(leader + " linked to " + userId, () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM leader_account WHERE plan_id = ? AND leader = ? AND user_id = ?", Long.class,
                planId, leader, userId) == 1);
    }

    /** A new ledger task of {@code department} under the indicator, once both the catalog and leaders' reach know it. */
    String task(String planId, String indicatorId, String department) {
        String id = "task-" + UUID.randomUUID().toString().substring(0, 8);
        publish("ledger", "LedgerTask", id,
                new LedgerTaskDraftedEvent(id, planId, indicatorId, department, null, "示范镇街创建", null));
        Eventually.await("task " + id + " known", () -> count(
                "SELECT COUNT(*) FROM catalog_ledger_record WHERE target_id = ?", id) == 1
                && count("SELECT COUNT(*) FROM leader_task WHERE task_id = ?", id) == 1);
        return id;
    }

    /** A new quarterly report of {@code department}, once both the catalog and leaders' reach know it. */
    String report(String planId, String department) {
        String id = record("REPORT", planId, department);
        Eventually.await("report " + id + " known to leaders' reach", () -> count(
                "SELECT COUNT(*) FROM leader_report WHERE report_id = ?", id) == 1);
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
