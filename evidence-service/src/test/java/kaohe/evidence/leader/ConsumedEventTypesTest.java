package kaohe.evidence.leader;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.consume.UnknownEventTypes;
import kaohe.testengines.EventContracts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record of the contracts leaders' reach consumes is handled or deliberately ignored by its consumer. */
class ConsumedEventTypesTest {

    // building the handler tables touches neither the database nor the meters
    private final LeaderReachProjection projection = new LeaderReachProjection(null, new IdempotentConsumer(null,
            null, new ObjectMapper(), null, new UnknownEventTypes(new SimpleMeterRegistry())));

    @Test
    void theIndicatorConsumerDecidesAboutEveryIndicatorEvent() {
        assertThat(EventContracts.undecided("kaohe.indicator.event", projection.indicatorEvents()::knows)).isEmpty();
    }

    @Test
    void theLedgerConsumerDecidesAboutEveryLedgerEvent() {
        assertThat(EventContracts.undecided("kaohe.ledger.event", projection.ledgerEvents()::knows)).isEmpty();
    }
}
