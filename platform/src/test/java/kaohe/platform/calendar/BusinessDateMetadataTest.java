package kaohe.platform.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import kaohe.platform.command.ActorCorrelationDataProvider;
import kaohe.platform.command.EventMetadata;
import kaohe.platform.publish.EventEnvelope;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Under a set business date every event says which business day it happened on; old events fall back. */
class BusinessDateMetadataTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2026-12-06T17:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Test
    void eventsCausedUnderASetBusinessDateCarryIt() {
        var provider = new ActorCorrelationDataProvider(BusinessDay.fixedOn(REAL, LocalDate.of(2020, 10, 15)));
        var data = provider.correlationDataFor(GenericCommandMessage.asCommandMessage("submit"));
        assertThat(data.get(EventMetadata.BUSINESS_DATE)).isEqualTo("2020-10-15");
    }

    @Test
    void eventsOnTheRealCalendarCarryNoBusinessDate() {
        var provider = new ActorCorrelationDataProvider(BusinessDay.real(REAL));
        var data = provider.correlationDataFor(GenericCommandMessage.asCommandMessage("submit"));
        assertThat(data).doesNotContainKey(EventMetadata.BUSINESS_DATE).containsKey(EventMetadata.CAUSATION_ID);
    }

    @Test
    void anEnvelopeIsOnItsRecordedBusinessDayElseOnItsShanghaiDate() throws Exception {
        Instant lateEvening = Instant.parse("2026-12-06T17:00:00Z");
        var shifted = envelope(lateEvening, Map.of(EventMetadata.BUSINESS_DATE, "2020-10-15"));
        var before = envelope(lateEvening, Map.of(EventMetadata.ACTOR_NAME, "李娜"));
        assertThat(shifted.businessDay()).isEqualTo(LocalDate.of(2020, 10, 15));
        assertThat(before.businessDay()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(envelope(lateEvening, null).businessDay()).isEqualTo(LocalDate.of(2026, 12, 7));

        String wire = JSON.writeValueAsString(shifted);
        assertThat(JSON.readTree(wire).has("businessDay")).as("the envelope's fields stay the contract").isFalse();
        assertThat(JSON.readValue(wire, EventEnvelope.class).businessDay()).isEqualTo(LocalDate.of(2020, 10, 15));
        assertThat(JSON.readValue(wire, EventEnvelope.class).occurredAt()).isEqualTo(lateEvening);
    }

    private static EventEnvelope envelope(Instant occurredAt, Map<String, Object> metadata) {
        return new EventEnvelope("e-1", "ledger.MonthlyCheckSubmitted.v1", "MonthlyCheck", "c-1", 3, occurredAt,
                metadata, JSON.createObjectNode());
    }
}
