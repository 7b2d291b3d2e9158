package kaohe.ledger.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.Target;
import kaohe.platform.publish.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's consumer of the indicator context's events: redeliveries change nothing, unknown types are
 * skipped, and what the office changes in the indicator context (departments, targets, withdrawal) is what the
 * ledger then enforces.
 */
class IndicatorCatalogConsumerIntegrationTest extends LedgerIntegrationTestBase {

    @Test
    void aRedeliveredEventIsAppliedOnceAndAnUnknownTypeIsSkipped() {
        PlanFixture plan = plan();
        var revised = feed.publish("Indicator", plan.demoTowns(), 1, new IndicatorTargetRevisedEvent(
                plan.demoTowns(), null, new Target("T3", new BigDecimal("5"), "个", "示范园区")));
        feed.send(new EventEnvelope(UUID.randomUUID().toString(), "indicator.SomethingNew.v1", "Indicator",
                plan.demoTowns(), 2, Instant.now(), Map.of(), JsonNodeFactory.instance.objectNode()));
        feed.send(revised);
        var marker = feed.publish("Indicator", plan.supervision(), 1, new IndicatorWithdrawnEvent(plan.supervision()));
        await("withdrawal consumed", () -> count(
                "SELECT COUNT(*) FROM catalog_indicator WHERE indicator_id = ? AND withdrawn", plan.supervision()) == 1);

        assertThat(count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", revised.eventId())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", marker.eventId())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM catalog_indicator_target WHERE indicator_id = ?", plan.demoTowns()))
                .isEqualTo(3);
    }

    @Test
    void theLedgerFollowsReassignmentAndWithdrawal() {
        PlanFixture plan = plan();
        feed.publish("Indicator", plan.supervision(), 1, new IndicatorDepartmentsAssignedEvent(plan.supervision(),
                List.of(PlanFixture.OTHER), List.of(), false, List.of(PlanFixture.OTHER),
                List.of(PlanFixture.COOPERATING), false));
        await("reassignment consumed", () -> count("""
                SELECT COUNT(*) FROM catalog_indicator_department WHERE indicator_id = ? AND department = ?""",
                plan.supervision(), PlanFixture.COOPERATING) == 1);
        var defines = completeDefines();
        defines.put("quantity", Map.of("value", 95, "unit", "%", "targetKey", "T1"));
        var cooperating = api.post(LedgerUsers.GAIGE, "/api/ledger/tasks",
                draftTask(plan, plan.supervision(), PlanFixture.COOPERATING, defines));
        assertThat(cooperating.status()).as(cooperating.body().toString()).isEqualTo(201);
        assertThat(cooperating.body().get("carriedAs").asText()).isEqualTo("COOPERATING");

        feed.publish("Indicator", plan.supervision(), 2, new IndicatorWithdrawnEvent(plan.supervision()));
        await("withdrawal consumed", () -> count(
                "SELECT COUNT(*) FROM catalog_indicator WHERE indicator_id = ? AND withdrawn", plan.supervision()) == 1);
        long before = eventCount();
        assertProblem(api.post(LedgerUsers.DUCHA, "/api/ledger/tasks",
                draftTask(plan, plan.supervision(), PlanFixture.OTHER, defines)), 422, "indicator-withdrawn");
        assertThat(eventCount()).isEqualTo(before);
        var carried = api.get(LedgerUsers.DUCHA, "/api/ledger/plans/" + plan.planId() + "/carried?department="
                + PlanFixture.OTHER);
        assertThat(carried.body()).isEmpty();
    }
}
