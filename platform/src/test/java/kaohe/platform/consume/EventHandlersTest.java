package kaohe.platform.consume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.platform.publish.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventHandlersTest {

    record PlanDefinedEvent(String planId, int year) {
    }

    record LiaisonDesignatedEvent(String planId) {
    }

    record PlanRenamedEvent(String planId) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UnknownEventTypes unknown = new UnknownEventTypes(meters);
    private final ArrayList<PlanDefinedEvent> defined = new ArrayList<>();
    private final EventHandlers handlers = new EventHandlers("ledger-catalog", "indicator", json, unknown)
            .on(PlanDefinedEvent.class, defined::add)
            .ignoring(LiaisonDesignatedEvent.class);

    private EventEnvelope envelope(String type, Object payload) {
        return new EventEnvelope("e-" + System.nanoTime(), type, "Plan", "p-1", 0, Instant.now(), Map.of(),
                json.valueToTree(payload));
    }

    @Test
    void aHandledTypeReachesItsHandlerAsTheContractRecord() {
        handlers.apply(envelope("indicator.PlanDefined.v1", new PlanDefinedEvent("p-1", 2020)));

        assertThat(defined).containsExactly(new PlanDefinedEvent("p-1", 2020));
        assertThat(unknown.byConsumer()).isEmpty();
    }

    @Test
    void anIgnoredTypeChangesNothingAndIsNotReported() {
        handlers.apply(envelope("indicator.LiaisonDesignated.v1", new LiaisonDesignatedEvent("p-1")));

        assertThat(defined).isEmpty();
        assertThat(unknown.byConsumer()).isEmpty();
    }

    @Test
    void anUnknownTypeIsCountedEachTimeAndListedOnce() {
        handlers.apply(envelope("indicator.PlanRenamed.v1", new PlanRenamedEvent("p-1")));
        handlers.apply(envelope("indicator.PlanRenamed.v1", new PlanRenamedEvent("p-1")));
        handlers.apply(envelope("indicator.PlanDefined.v2", new PlanDefinedEvent("p-1", 2021)));

        assertThat(defined).as("a v2 is not the v1 the handler takes").isEmpty();
        assertThat(meters.get("kaohe.consumer.unknown_types").tags("consumer", "ledger-catalog",
                "type", "indicator.PlanRenamed.v1").counter().count()).isEqualTo(2);
        assertThat(unknown.byConsumer()).isEqualTo(Map.of("ledger-catalog",
                Set.of("indicator.PlanRenamed.v1", "indicator.PlanDefined.v2")));
    }

    @Test
    void aPayloadThatDoesNotBindFailsLoudly() {
        var broken = envelope("indicator.PlanDefined.v1", Map.of("planId", "p-1", "year", "not a year"));

        assertThatThrownBy(() -> handlers.apply(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indicator.PlanDefined.v1");
        assertThat(defined).isEmpty();
    }

    @Test
    void aHandlerThatAsksForTheEnvelopeGetsTheOneItsEventCameIn() {
        var days = new ArrayList<String>();
        var dated = new EventHandlers("supervision-calendar", "indicator", json, unknown)
                .onWithEnvelope(LiaisonDesignatedEvent.class, (event, envelope) ->
                        days.add(event.planId() + "@" + envelope.businessDay()));
        var envelope = new EventEnvelope("e-1", "indicator.LiaisonDesignated.v1", "Plan", "p-1", 0, Instant.now(),
                Map.of("businessDate", "2020-07-12"), json.valueToTree(new LiaisonDesignatedEvent("p-1")));

        dated.apply(envelope);

        assertThat(days).containsExactly("p-1@2020-07-12");
        assertThat(dated.knows(LiaisonDesignatedEvent.class)).isTrue();
    }

    @Test
    void itKnowsExactlyTheTypesItHandlesOrIgnores() {
        assertThat(handlers.knows(PlanDefinedEvent.class)).isTrue();
        assertThat(handlers.knows(LiaisonDesignatedEvent.class)).isTrue();
        assertThat(handlers.knows(PlanRenamedEvent.class)).isFalse();
    }
}
