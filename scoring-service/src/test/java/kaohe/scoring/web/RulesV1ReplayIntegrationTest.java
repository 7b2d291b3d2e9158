package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.platform.command.EventMetadata;
import kaohe.scoring.event.ComponentWeights;
import kaohe.scoring.event.ScoringRulesAdoptedEvent;
import kaohe.scoring.event.ScoringRulesAdoptedEventV2;
import kaohe.scoring.event.WarningThresholds;
import kaohe.testengines.ApiClient;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScriptedPlan.A;
import static kaohe.scoring.web.ScriptedScoringIntegrationTest.component;
import static kaohe.scoring.web.ScriptedScoringIntegrationTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan whose rules version 1 was stored before components were a list: the v1 event stays in the event store as
 * written, the rulebook replays it (through the upcaster) and numbers the next version 2, the publisher sends it
 * as v2, and the projections score under it — live and rebuilt.
 */
class RulesV1ReplayIntegrationTest extends ScoringIntegrationTestBase {

    @Autowired
    private EventStore eventStore;

    private ScriptedPlan plan;
    private String base;

    @BeforeEach
    void plan() {
        plan = scripted();
        base = "/api/scoring/plans/" + plan.planId;
    }

    private static ScoringRulesAdoptedEvent versionOne(String planId) {
        return new ScoringRulesAdoptedEvent(planId, 1, new ComponentWeights(70, 10, 10, 10),
                new WarningThresholds(new BigDecimal("95"), new BigDecimal("85")), BigDecimal.TEN,
                new BigDecimal("2"), List.of());
    }

    @Test
    void theStoredV1EventIsKeptAsWrittenAndReadAsV2Everywhere() {
        // stored as the rulebook once stored it, before components were a list
        eventStore.publish(new GenericDomainEventMessage<>("ScoringRulebook", plan.planId, 0,
                versionOne(plan.planId),
                MetaData.with(EventMetadata.ACTOR_NAME, "办公室管理员").and(EventMetadata.REASON, "加大完成情况权重")));
        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, plan.planId)).containsExactly(ScoringRulesAdoptedEvent.class.getName());

        // the publisher read it through the upcaster: consumed as v2, the projections score under its weights
        JsonNode ranking = rankingUnder(plan, 1);
        assertThat(count("SELECT count(*) FROM consumed_event WHERE aggregate_id = ? AND type = ?", plan.planId,
                "scoring.ScoringRulesAdopted.v2")).isEqualTo(1);
        assertThat(component(ranking.get(0), "completion").path("weight").asInt()).isEqualTo(70);
        assertThat(component(ranking.get(0), "supervision").path("weight").asInt()).isEqualTo(10);
        JsonNode versions = ok(api.get(OFFICE, base + "/rules"));
        assertThat(versions.get(1).path("components")).extracting(rule -> rule.path("label").asText())
                .containsExactly("完成情况", "及时性", "资料报送及归档", "督办");
        assertThat(versions.get(1).path("chaseRules").path("overduePenalty").decimalValue())
                .isEqualByComparingTo("5");
        assertThat(versions.get(1).path("reason").asText()).isEqualTo("加大完成情况权重");

        // the rulebook replayed version 1: the next adoption expects it and is version 2, stored as v2
        ok(api.post(OFFICE, base + "/rules", "\"1\"", rules(40, 20, 20, 20, "恢复默认权重")));
        rankingUnder(plan, 2);
        assertThat(jdbc.queryForList("""
                SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                String.class, plan.planId)).containsExactly(ScoringRulesAdoptedEvent.class.getName(),
                ScoringRulesAdoptedEventV2.class.getName());
        assertThat(api.post(OFFICE, base + "/rules", "\"1\"", rules(70, 10, 10, 10, "旧版本")).status())
                .isEqualTo(412);
    }

    @Test
    void aV1EnvelopeConsumedBeforeTheChangeStillScoresAndRebuildsAlike() {
        // history consumed before v2 existed: the envelope of type scoring.ScoringRulesAdopted.v1 itself
        feed.publish("scoring", plan.planId, 0, clock.instant(), versionOne(plan.planId));
        JsonNode ranking = rankingUnder(plan, 1);
        assertThat(component(ranking.get(0), "completion").path("weight").asInt()).isEqualTo(70);
        var before = ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=2020")).path("total").decimalValue();

        JsonNode started = ok(api.post(OFFICE, "/api/scoring/rebuilds", null));
        String id = started.path("id").asText();
        await("rebuild " + id + " ended", () -> !"RUNNING".equals(
                api.get(OFFICE, "/api/scoring/rebuilds/" + id).body().path("state").asText()));
        JsonNode run = ok(api.get(OFFICE, "/api/scoring/rebuilds/" + id));
        assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("VERIFIED");
        assertThat(run.path("differences").asInt()).isZero();
        assertThat(ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=2020")).path("total").decimalValue())
                .isEqualByComparingTo(before);
    }

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString()).isBetween(200, 299);
        return answer.body();
    }
}
