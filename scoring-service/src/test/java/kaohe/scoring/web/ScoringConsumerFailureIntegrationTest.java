package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import kaohe.platform.publish.EventEnvelope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring's consumer under the platform's error handling: poison records dead-lettered, unknown types reported. */
class ScoringConsumerFailureIntegrationTest extends ScoringIntegrationTestBase {

    private static final String CONSUMER = "scoring-projection";

    @Autowired
    private MeterRegistry meters;

    @Test
    void aPayloadThatDoesNotBindIsDeadLetteredAndListedNotFolded() {
        var unbound = envelope("indicator.AssessmentPlanDefined.v1", Map.of("planId", "p", "year", "明年"));
        feed.send(unbound);

        await("the letter of " + unbound.eventId(), () -> count("SELECT COUNT(*) FROM dead_letter"
                + " WHERE consumer = ? AND event_id = ? AND resolved_at IS NULL", CONSUMER, unbound.eventId()) == 1);
        assertThat(count("SELECT COUNT(*) FROM consumed_event WHERE event_id = ?", unbound.eventId())).isZero();
        var letters = api.get(ScoringUsers.AUDITOR, "/api/scoring/dead-letters");
        assertThat(letters.status()).isEqualTo(200);
        assertThat(letters.body().findValuesAsText("eventId")).contains(unbound.eventId());
        assertThat(consumersHealth().path("details").path(CONSUMER).path("behind").asBoolean()).isTrue();
    }

    @Test
    void anUnknownTypeIsRecordedCountedAndShown() {
        var unknown = envelope("ledger.LedgerTaskArchived.v1", Map.of("taskId", "t"));
        feed.send(unknown);

        await("recorded", () -> count("SELECT COUNT(*) FROM consumed_event WHERE event_id = ?",
                unknown.eventId()) == 1);
        assertThat(meters.get("kaohe.consumer.unknown_types")
                .tags("consumer", CONSUMER, "type", "ledger.LedgerTaskArchived.v1").counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(consumersHealth().path("details").path(CONSUMER).path("unknownTypes").toString())
                .contains("ledger.LedgerTaskArchived.v1");
    }

    private JsonNode consumersHealth() {
        return http.getForEntity("/actuator/health", JsonNode.class).getBody().path("components").path("consumers");
    }

    private EventEnvelope envelope(String type, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID().toString(), type, "Test", "agg-" + UUID.randomUUID(), 0,
                Instant.now(), Map.of("actorId", "feed"), json.valueToTree(payload));
    }
}
