package kaohe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.testengines.ApiClient;
import kaohe.testengines.Eventually;
import kaohe.testengines.MutableClock;
import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger service on the real engines of this test JVM, standing on a chosen business day. Plans and
 * indicators reach it the only way they do in production: as the indicator context's events on Kafka.
 */
@Import({TestClockConfiguration.class, FlakyListener.class})
public abstract class LedgerIntegrationTestBase extends ServiceTest {

    @Autowired
    protected MutableClock clock;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private ConnectionsPerThread connections;

    protected ApiClient api;
    protected IndicatorEventsFeed feed;

    @BeforeEach
    void client() {
        api = new ApiClient(http);
        feed = new IndicatorEventsFeed(kafka, json);
        clock.today(LocalDate.of(2020, 9, 3));
        connections.reset();
    }

    /** Whatever a test did, no thread held two pooled connections at once (that starves the pool under load). */
    @AfterEach
    void oneConnectionPerThreadAtATime() {
        assertThat(connections.most()).as("pooled connections one thread held at once").isLessThanOrEqualTo(1);
    }

    /** A new plan with its indicators and its leaders' accounts, once the ledger has consumed all of it. */
    protected PlanFixture plan() {
        return plan(true);
    }

    protected PlanFixture plan(boolean leadersLinked) {
        PlanFixture plan = PlanFixture.publish(feed, leadersLinked);
        await("catalog of " + plan.planId(), () -> count("""
                SELECT (SELECT COUNT(*) FROM catalog_indicator WHERE plan_id = ?)
                     + (SELECT COUNT(*) FROM catalog_department WHERE plan_id = ?)
                     + (SELECT COUNT(*) FROM catalog_plan_leader WHERE plan_id = ?)""",
                plan.planId(), plan.planId(), plan.planId()) == (leadersLinked ? 9 : 7));
        return plan;
    }

    /** Evidence the evidence context announced as uploaded by {@code department}, once the ledger knows it. */
    protected void evidence(PlanFixture plan, String department, String... evidenceIds) {
        for (String evidenceId : evidenceIds) {
            feed.publish("evidence", "Evidence", evidenceId, 0, new kaohe.evidence.event.EvidenceUploadedEvent(
                    evidenceId, plan.planId(), department, "image/jpeg", true, 1024, "0".repeat(64),
                    "kaohe-evidence", "evidence/" + evidenceId, evidenceId + ".jpg", null, null, null, List.of()));
        }
        await("evidence in the catalog", () -> count("SELECT COUNT(*) FROM catalog_evidence WHERE evidence_id = ANY(?)",
                (Object) evidenceIds) == evidenceIds.length);
    }

    protected static void await(String what, BooleanSupplier condition) {
        Eventually.await(what, condition);
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    protected long eventCount() {
        return count("SELECT COUNT(*) FROM domain_event_entry");
    }

    /** Six defines, all set, for the 示范镇街 target: 30 个 by 2020-12-31. */
    protected static Map<String, Object> completeDefines() {
        var defines = new LinkedHashMap<String, Object>();
        defines.put("nature", "重点工作：示范镇街创建");
        defines.put("quantity", Map.of("value", 30, "unit", "个", "targetKey", "T1"));
        defines.put("standard", "镇街便民服务中心通过市级验收");
        defines.put("deadline", "2020-12-31");
        defines.put("milestones", List.of(Map.of("dueOn", "2020-09-30", "description", "完成 15 个")));
        defines.put("responsibleUnit", PlanFixture.LEAD);
        defines.put("responsiblePerson", "李娜");
        defines.put("measures", "逐镇街对标验收，按月通报");
        return defines;
    }

    protected static Map<String, Object> draftTask(PlanFixture plan, String indicatorId, String department,
                                                   Map<String, Object> defines) {
        return Map.of("planId", plan.planId(), "indicatorId", indicatorId, "department", department,
                "title", "创建示范镇街", "defines", defines);
    }

    /** A task of the lead department under 市考个性工作-3, drafted and submitted; returns its view. */
    protected JsonNode submittedTask(PlanFixture plan) {
        var drafted = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines()));
        assertThat(drafted.status()).as(drafted.body().toString()).isEqualTo(201);
        String taskId = drafted.body().get("taskId").asText();
        var submitted = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks/" + taskId + "/submission",
                drafted.headers().getETag(), null);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        return submitted.body();
    }

    protected ApiClient.Answer openCheck(ApiClient.DevUser user, PlanFixture plan, String department, String month) {
        return api.post(user, "/api/ledger/checks",
                Map.of("planId", plan.planId(), "department", department, "month", month));
    }

    protected static void assertProblem(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo(code);
        assertThat(answer.body().path("title").asText()).isNotBlank();
    }
}
