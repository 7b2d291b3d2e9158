package kaohe.scoring.rules.upcast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.ComponentWeights;
import kaohe.scoring.event.ScoringRulesAdoptedEvent;
import kaohe.scoring.event.ScoringRulesAdoptedEventV2;
import kaohe.scoring.event.WarningThresholds;
import kaohe.supervision.event.ChaseSignedEvent;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored v1 rules event is read as v2: the four weights become four named components, chase rules default. */
class ScoringRulesV1UpcasterTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final ScoringRulesV1Upcaster upcaster = new ScoringRulesV1Upcaster(json);

    @Test
    void mapsTheFourWeightsToFourNamedComponentsAndDefaultsTheChaseRules() {
        var v1 = new ScoringRulesAdoptedEvent("plan-2020", 3, new ComponentWeights(50, 20, 10, 20),
                new WarningThresholds(new BigDecimal("90"), new BigDecimal("80")), new BigDecimal("5"),
                new BigDecimal("3"), List.of(new BreachRule("ind-neg", BigDecimal.ZERO, true)));

        Object read = readThroughUpcaster(v1);

        assertThat(read).isEqualTo(new ScoringRulesAdoptedEventV2("plan-2020", 3, List.of(
                new ComponentRule("completion", "完成情况", 50), new ComponentRule("timeliness", "及时性", 20),
                new ComponentRule("materials", "资料报送及归档", 10), new ComponentRule("supervision", "督办", 20)),
                v1.thresholds(), v1.latePenaltyPerDay(), v1.defaultDeduction(), v1.breachRules(),
                ChaseRules.DEFAULT));
    }

    @Test
    void leavesEveryOtherEventAlone() {
        var other = new ChaseSignedEvent("chase-1", "plan-2020", "办公室", LocalDate.of(2020, 9, 1));
        assertThat(readThroughUpcaster(other)).isEqualTo(other);
        var v2 = ScoringRulesAdoptedEventV2.of(new ScoringRulesAdoptedEvent("plan-2020", 1,
                new ComponentWeights(40, 20, 20, 20), new WarningThresholds(BigDecimal.TEN, BigDecimal.ONE),
                BigDecimal.ONE, BigDecimal.ONE, List.of()));
        assertThat(readThroughUpcaster(v2)).isEqualTo(v2);
    }

    private Object readThroughUpcaster(Object payload) {
        SerializedObject<byte[]> stored = serializer.serialize(payload, byte[].class);
        var entry = new GenericDomainEventEntry<>("ScoringRulebook", "plan-2020", 0, "event-1", Instant.now(),
                stored.getType().getName(), stored.getType().getRevision(), stored.getData(),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());
        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        SerializedObject<JsonNode> data = upcast.get(0).getData(JsonNode.class);
        return serializer.deserialize(data);
    }
}
