package kaohe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.publish.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer-side contract test on the producer's recorded messages: {@code contract/indicator-events-seed-2020.jsonl}
 * is what indicator-service published on {@code kaohe.indicator} when the seed's decomposition table
 * (市审批发〔2020〕14号) was imported into plan {@code seed-2020} (72 envelopes, recorded from the running system).
 * Replayed onto Kafka as they were, they let 政务服务管理处's liaison build the department's ledger for the
 * seed's 2020 indicators.
 */
class SeedLedgerIntegrationTest extends LedgerIntegrationTestBase {

    private static final String PLAN = "seed-2020";

    private List<EventEnvelope> recorded() throws IOException {
        var mapper = new ObjectMapper().findAndRegisterModules();
        List<EventEnvelope> envelopes = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/contract/indicator-events-seed-2020.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                envelopes.add(mapper.readValue(line, EventEnvelope.class));
            }
        }
        return envelopes;
    }

    @Test
    void aLiaisonBuildsTheDepartmentsLedgerForTheSeedsIndicators() throws IOException {
        List<EventEnvelope> envelopes = recorded();
        assertThat(envelopes).hasSize(72);
        envelopes.forEach(feed::send);
        await("the seed's plan in the catalog", () -> count("SELECT COUNT(*) FROM catalog_indicator WHERE plan_id = ?",
                PLAN) == 52 && count("SELECT COUNT(*) FROM catalog_department WHERE plan_id = ?", PLAN) == 15);

        var carried = api.get(LedgerUsers.ZHENGWU, "/api/ledger/plans/" + PLAN + "/carried?department="
                + PlanFixture.LEAD).body();
        Map<String, String> roles = new LinkedHashMap<>();
        carried.forEach(indicator -> roles.put(indicator.get("code").asText(), indicator.get("carriedAs").asText()));
        assertThat(roles).isEqualTo(Map.of(
                "市考个性工作-2", "LEAD", "市考个性工作-3", "LEAD", "市考个性工作-11", "LEAD",
                "省考共性-1", "COOPERATING", "市考个性工作-14", "COOPERATING",
                "市考个性工作-0", "COOPERATING", "市考个性工作-13", "COOPERATING"));
        assertThat(new ArrayList<>(roles.values()).subList(0, 3)).as("lead indicators first").containsOnly("LEAD");

        Map<String, String> taskByCode = new LinkedHashMap<>();
        for (JsonNode indicator : carried) {
            var defines = new LinkedHashMap<String, Object>();
            defines.put("nature", indicator.get("carriedAs").asText().equals("LEAD") ? "牵头：" : "配合：");
            JsonNode targets = indicator.get("targets");
            if (targets.isEmpty()) {
                defines.put("qualitative", true);
            } else {
                JsonNode first = targets.get(0);
                defines.put("quantity", Map.of("value", first.get("value").decimalValue(),
                        "unit", first.get("unit").asText(), "targetKey", first.get("key").asText()));
            }
            defines.put("standard", "按指标要求完成并形成印证材料");
            defines.put("deadline", "2020-12-31");
            defines.put("responsibleUnit", PlanFixture.LEAD);
            defines.put("responsiblePerson", "李娜");
            defines.put("measures", "建立台账，按月对照检查");
            var draft = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks", Map.of("planId", PLAN,
                    "indicatorId", indicator.get("indicatorId").asText(), "department", PlanFixture.LEAD,
                    "title", indicator.get("text").asText().substring(0, 10), "defines", defines));
            assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
            String taskId = draft.body().get("taskId").asText();
            var submitted = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks/" + taskId + "/submission",
                    draft.headers().getETag(), null);
            assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
            taskByCode.put(indicator.get("code").asText(), taskId);
        }

        var ledger = api.get(LedgerUsers.ZHENGWU, "/api/ledger/ledgers?planId=" + PLAN + "&department="
                + PlanFixture.LEAD).body();
        assertThat(ledger.get("tasks").asInt()).isEqualTo(7);
        assertThat(ledger.get("submitted").asInt()).isEqualTo(7);
        assertThat(ledger.get("complete").asInt()).isEqualTo(7);
        JsonNode demoTowns = api.get(LedgerUsers.ZHENGWU, "/api/ledger/tasks/" + taskByCode.get("市考个性工作-3"))
                .body();
        assertThat(demoTowns.get("defines").get("quantity").get("value").asInt()).isEqualTo(30);
        assertThat(demoTowns.get("defines").get("quantity").get("unit").asText()).isEqualTo("个");
        assertThat(demoTowns.get("indicatorCode").asText()).isEqualTo("市考个性工作-3");

        // The 95 % budget-execution indicator (各处室配合): progress in %, not in 个.
        var check = openCheck(LedgerUsers.ZHENGWU, new PlanFixture(PLAN, null, null, null), PlanFixture.LEAD,
                "2020-08");
        String path = "/api/ledger/checks/" + check.body().get("checkId").asText() + "/progress/"
                + taskByCode.get("市考个性工作-13");
        assertProblem(api.put(LedgerUsers.ZHENGWU, path, check.headers().getETag(),
                Map.of("actualValue", 80, "unit", "个", "status", "BEHIND")), 400, "unit-mismatch");
        assertThat(api.put(LedgerUsers.ZHENGWU, path, check.headers().getETag(),
                Map.of("actualValue", 80, "unit", "%", "status", "BEHIND", "note", "8 月支出进度 80%")).status())
                .isEqualTo(200);
    }
}
