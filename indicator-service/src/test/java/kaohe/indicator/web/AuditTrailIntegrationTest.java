package kaohe.indicator.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's view of the event store: who changed a seed indicator's target, when, from what to what and
 * why, found by filters over the whole store — and the store's hash chain intact.
 */
class AuditTrailIntegrationTest extends IntegrationTestBase {

    @Test
    void anAuditorFindsWhoChangedASeedTargetFromWhatToWhatAndWhy() {
        String planId = importSeed();
        String id = SeedImportIntegrationTest.find(
                api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body(), "市考个性工作-3")
                .get("indicatorId").asText();
        Instant before = Instant.now();
        var revised = api.put(Users.OFFICE, "/api/indicator/indicators/" + id + "/targets/T1", "\"0\"",
                Map.of("value", 35, "unit", "个", "subject", "示范镇街", "reason", "市考核办 8 月调整示范镇街数量"));
        assertThat(revised.status()).isEqualTo(200);

        JsonNode found = api.get(Users.AUDITOR, "/api/indicator/audit/events?aggregateId=" + id
                + "&type=indicator.IndicatorTargetRevised.v1&actorId=office-admin&department="
                + "办公室&from=" + before).body();
        assertThat(found).hasSize(1);
        JsonNode change = found.get(0);
        assertThat(change.get("type").asText()).isEqualTo("indicator.IndicatorTargetRevised.v1");
        assertThat(change.get("actorName").asText()).isEqualTo("办公室管理员");
        assertThat(change.get("reason").asText()).isEqualTo("市考核办 8 月调整示范镇街数量");
        assertThat(change.get("payload").get("before").get("value").asInt()).isEqualTo(30);
        assertThat(change.get("payload").get("after").get("value").asInt()).isEqualTo(35);
        assertThat(Instant.parse(change.get("occurredAt").asText())).isAfterOrEqualTo(before);

        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/events?aggregateId=" + id).body()).hasSize(2);
        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/events?aggregateId=" + id + "&from="
                + Instant.now().plusSeconds(3600)).body()).isEmpty();
        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/events?aggregateId=" + id + "&actorId=nobody")
                .body()).isEmpty();
        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/events?type=not%20a%20type").code())
                .isEqualTo("invalid-parameter");
        assertThat(api.get(Users.LIAISON, "/api/indicator/audit/events").status()).isEqualTo(403);

        var chain = api.get(Users.AUDITOR, "/api/indicator/chain/verification").body();
        assertThat(chain.get("breaks")).isEmpty();
    }
}
