package kaohe.indicator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.chain.EventChain;
import kaohe.proof.ChainProof;
import kaohe.proof.ExportVerifier;
import kaohe.proof.HistoryExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's view of the event store: who changed a seed indicator's target, when, from what to what and
 * why, found by filters over the whole store — and the store's hash chain intact.
 */
class AuditTrailIntegrationTest extends IntegrationTestBase {

    private final ObjectMapper json = ExportVerifier.JSON;

    @Autowired
    private EventChain chain;

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
        assertThat(change.get("actorRoles").asText()).isEqualTo("OFFICE");
        assertThat(change.get("reason").asText()).isEqualTo("市考核办 8 月调整示范镇街数量");
        assertThat(change.get("payload").get("before").get("value").asInt()).isEqualTo(30);
        assertThat(change.get("payload").get("after").get("value").asInt()).isEqualTo(35);
        assertThat(change.get("changes")).hasSize(1);
        assertThat(change.at("/changes/0/field").asText()).isEqualTo("value");
        assertThat(change.at("/changes/0/before").asInt()).isEqualTo(30);
        assertThat(change.at("/changes/0/after").asInt()).isEqualTo(35);
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

    @Test
    void aFullPageSaysHowToGoOnAndTheLastDoesNot() {
        importSeed();
        var first = api.get(Users.AUDITOR, "/api/indicator/audit/events?limit=3");
        assertThat(first.body()).hasSize(3);
        long last = first.body().get(2).get("globalIndex").asLong();
        String next = first.headers().getFirst(HttpHeaders.LINK);
        assertThat(next).matches("<http://[^>]+/api/indicator/audit/events\\?limit=3&after=" + last + ">; rel=\"next\"");

        var second = api.get(Users.AUDITOR, next.substring(1, next.indexOf('>')));
        assertThat(second.body()).hasSize(3);
        assertThat(second.body().get(0).get("globalIndex").asLong()).isGreaterThan(last);

        long newest = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        var end = api.get(Users.AUDITOR, "/api/indicator/audit/events?limit=1000&after=" + (newest - 1));
        assertThat(end.body()).hasSize(1);
        assertThat(end.headers().get(HttpHeaders.LINK)).isNull();
        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/events?limit=1001").code())
                .isEqualTo("invalid-parameter");
    }

    @Test
    void anAuditorTakesAHistoryAwayThatVerifiesOfflineAndATamperedRowIsCaught() throws Exception {
        String planId = importSeed();
        String id = SeedImportIntegrationTest.find(
                api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body(), "市考个性工作-3")
                .get("indicatorId").asText();
        assertThat(api.put(Users.OFFICE, "/api/indicator/indicators/" + id + "/targets/T1", "\"0\"",
                Map.of("value", 36, "unit", "个", "subject", "示范镇街", "reason", "复核后调整")).status()).isEqualTo(200);
        chain.extend(Duration.ZERO);
        String keyId = api.get(Users.LEADER, "/api/indicator/chain/key").body().get("keyId").asText();

        var proof = json.treeToValue(api.get(Users.AUDITOR, "/api/indicator/audit/proof?aggregateId=" + id).body(),
                ChainProof.class);
        var export = new HistoryExport(HistoryExport.FORMAT, Instant.now(), "auditor", id, List.of(proof));
        var report = ExportVerifier.verify(export, Map.of("indicator", keyId));
        assertThat(report.problems()).isEmpty();
        assertThat(proof.unchained()).isEmpty();
        assertThat(report.proven()).as("every event of the indicator, the revision last")
                .isEqualTo(proof.lastSequence() + 1);

        long revision = proof.segments().stream().flatMap(segment -> segment.links().stream())
                .filter(link -> link.event() != null && link.event().sequenceNumber() == proof.lastSequence())
                .findFirst().orElseThrow().globalIndex();
        byte[] honest = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?",
                byte[].class, revision);
        try {
            // behind the service's back: 36 becomes 63 in PostgreSQL
            jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                    + " '\"value\":36', '\"value\":63'), 'UTF8') WHERE global_index = ?", revision);
            var verification = api.get(Users.AUDITOR, "/api/indicator/chain/verification").body();
            assertThat(verification.get("breaks")).hasSize(1);
            assertThat(verification.at("/breaks/0/globalIndex").asLong()).isEqualTo(revision);
            assertThat(verification.at("/breaks/0/problem").asText()).isEqualTo("EDITED");
            var tampered = json.treeToValue(api.get(Users.AUDITOR, "/api/indicator/audit/proof?aggregateId=" + id)
                    .body(), ChainProof.class);
            assertThat(ExportVerifier.verify(new HistoryExport(HistoryExport.FORMAT, Instant.now(), "auditor", id,
                    List.of(tampered)), Map.of("indicator", keyId)).problems())
                    .extracting(ExportVerifier.Problem::problem).containsExactly("SEGMENT_DOES_NOT_REACH_ITS_CHECKPOINT");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", honest, revision);
        }
        assertThat(api.get(Users.AUDITOR, "/api/indicator/chain/verification").body().get("breaks")).isEmpty();
    }

    @Test
    void proofsAreForAuditorsAndTheOfficeAndNeedAnAggregate() {
        assertThat(api.get(Users.LIAISON, "/api/indicator/audit/proof?aggregateId=x").status()).isEqualTo(403);
        assertThat(api.get(Users.LEADER, "/api/indicator/audit/proof?aggregateId=x").status()).isEqualTo(403);
        assertThat(api.get(Users.NOBODY, "/api/indicator/audit/proof?aggregateId=x").status()).isEqualTo(401);
        assertThat(api.get(Users.NOBODY, "/api/indicator/chain/key").status()).isEqualTo(401);
        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/proof?aggregateId=no-such-indicator").status())
                .isEqualTo(404);
        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/proof?aggregateId=" + "x".repeat(300)).code())
                .isEqualTo("invalid-parameter");
        assertThat(api.get(Users.AUDITOR, "/api/indicator/audit/proof").status()).isEqualTo(400);
    }
}
