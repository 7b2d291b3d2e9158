package kaohe.supervision.obligation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.consume.UnknownEventTypes;
import kaohe.testengines.EventContracts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record of the contracts the calendar consumes is handled or deliberately ignored by its consumer. */
class ConsumedEventTypesTest {

    // building the handler tables touches neither the database nor the meters
    private final IdempotentConsumer consumer = new IdempotentConsumer(null, null, new ObjectMapper(), null,
            new UnknownEventTypes(new SimpleMeterRegistry()));

    @Test
    void theIndicatorConsumerDecidesAboutEveryIndicatorEvent() {
        assertThat(EventContracts.undecided("kaohe.indicator.event",
                new PlanObligations(null, null, null, consumer).events()::knows)).isEmpty();
    }

    @Test
    void theLedgerConsumerDecidesAboutEveryLedgerEvent() {
        assertThat(EventContracts.undecided("kaohe.ledger.event",
                new LedgerObligations(null, null, null, null, consumer).events()::knows)).isEmpty();
    }

    @Test
    void theChaseConsumerDecidesAboutEverySupervisionEvent() {
        assertThat(EventContracts.undecided("kaohe.supervision.event",
                new ChaseObligations(null, null, consumer).events()::knows)).isEmpty();
    }
}
