package kaohe.indicator.web;

import kaohe.testengines.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import kaohe.testengines.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Revising a target with a reason: the history says who, when, from what to what and why; Kafka carries it. */
class RevisionHistoryIntegrationTest extends IntegrationTestBase {

    @Test
    void aTargetRevisionIsInTheHistoryAndOnTheTopic() throws Exception {
        String planId = importSeed();
        var key3 = SeedImportIntegrationTest.find(
                api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body(), "市考个性工作-3");
        String id = key3.get("indicatorId").asText();
        var current = api.get(Users.OFFICE, "/api/indicator/indicators/" + id);
        String etag = current.headers().getETag();
        assertThat(etag).isEqualTo("\"0\"");

        var revised = api.put(Users.OFFICE, "/api/indicator/indicators/" + id + "/targets/T1", etag,
                Map.of("value", 35, "unit", "个", "subject", "示范镇街", "reason", "市考核办 8 月调整示范镇街数量"));

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.headers().getETag()).isEqualTo("\"1\"");
        assertThat(revised.body().get("targets").get(0).get("value").asInt()).isEqualTo(35);

        var history = api.get(Users.AUDITOR, "/api/indicator/indicators/" + id + "/history").body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("type").asText()).isEqualTo("indicator.IndicatorDefined.v1");
        JsonNode revision = history.get(1);
        assertThat(revision.get("type").asText()).isEqualTo("indicator.IndicatorTargetRevised.v1");
        assertThat(revision.get("actorId").asText()).isEqualTo("office-admin");
        assertThat(revision.get("actorName").asText()).isEqualTo("办公室管理员");
        assertThat(revision.get("actorDepartment").asText()).isEqualTo("办公室");
        assertThat(revision.get("reason").asText()).isEqualTo("市考核办 8 月调整示范镇街数量");
        assertThat(revision.get("payload").get("before").get("value").asInt()).isEqualTo(30);
        assertThat(revision.get("payload").get("after").get("value").asInt()).isEqualTo(35);
        assertThat(Instant.parse(revision.get("occurredAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(revision.get("correlationId").asText()).isEqualTo(revised.headers().getFirst("X-Correlation-Id"));

        JsonNode message = TopicProbe.awaitEvent("kaohe.indicator", revision.get("eventId").asText(),
                Duration.ofSeconds(30));
        assertThat(message.get("type").asText()).isEqualTo("indicator.IndicatorTargetRevised.v1");
        assertThat(message.get("aggregateType").asText()).isEqualTo("Indicator");
        assertThat(message.get("aggregateId").asText()).isEqualTo(id);
        assertThat(message.get("sequence").asLong()).isEqualTo(1);
        assertThat(message.get("metadata").get("reason").asText()).isEqualTo("市考核办 8 月调整示范镇街数量");
        assertThat(message.get("metadata").get("actorId").asText()).isEqualTo("office-admin");
        assertThat(message.get("metadata").get("causationId").asText()).isNotBlank();
        assertThat(message.get("payload").get("after").get("value").asInt()).isEqualTo(35);
    }

    @Test
    void textDepartmentsLeadersAndWithdrawalAreRevisionsWithReasons() {
        String planId = importSeed();
        var indicators = api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body();
        String id = SeedImportIntegrationTest.find(indicators, "市考个性工作-10").get("indicatorId").asText();
        String path = "/api/indicator/indicators/" + id;

        var text = api.put(Users.OFFICE, path + "/text", "\"0\"",
                Map.of("text", "10. 秦岭生态保护工作成效（含专项督查）。", "reason", "补充督查要求"));
        assertThat(text.status()).isEqualTo(200);
        var departments = api.put(Users.OFFICE, path + "/departments", "\"1\"",
                Map.of("leadDepartments", List.of("宣传教育处"), "cooperatingDepartments", List.of("政策法规处"),
                        "reason", "政策法规处配合"));
        assertThat(departments.status()).isEqualTo(200);
        assertThat(departments.body().get("cooperatingDepartments").get(0).asText()).isEqualTo("政策法规处");
        var leaders = api.put(Users.OFFICE, path + "/leaders", "\"2\"",
                Map.of("leaders", List.of("赵雪琴", "段重利"), "reason", "分工调整"));
        assertThat(leaders.status()).isEqualTo(200);
        var withdrawn = api.post(Users.OFFICE, path + "/withdrawal",
                Map.of("reason", "市考核办取消该项考核"));
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(428);
        var withdrawnWithVersion = api.call(org.springframework.http.HttpMethod.POST, path + "/withdrawal",
                withIfMatch(Users.OFFICE, "\"3\""), Map.of("reason", "市考核办取消该项考核"));
        assertThat(withdrawnWithVersion.status()).isEqualTo(200);
        assertThat(withdrawnWithVersion.body().get("withdrawn").asBoolean()).isTrue();

        var history = api.get(Users.AUDITOR, path + "/history").body();
        assertThat(history).hasSize(5);
        assertThat(history.get(2).get("payload").get("cooperatingBefore")).isEmpty();
        assertThat(history.get(3).get("payload").get("before").get(0).asText()).isEqualTo("赵雪琴");
        assertThat(history.get(4).get("reason").asText()).isEqualTo("市考核办取消该项考核");
        assertThat(api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body()).hasSize(51);
        assertThat(api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators?includeWithdrawn=true")
                .body()).hasSize(52);
    }

    static org.springframework.http.HttpHeaders withIfMatch(ApiClient.DevUser user, String etag) {
        var headers = user.headers();
        headers.set("If-Match", etag);
        return headers;
    }
}
