package kaohe.ledger.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.consume.UnknownEventTypes;
import kaohe.testengines.EventContracts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record of the contracts the ledger consumes is handled or deliberately ignored by its consumer. */
class ConsumedEventTypesTest {

    // building the handler tables touches neither the database nor the meters
    private final IdempotentConsumer consumer = new IdempotentConsumer(null, null, new ObjectMapper(), null,
            new UnknownEventTypes(new SimpleMeterRegistry()));

    @Test
    void theIndicatorCatalogDecidesAboutEveryIndicatorEvent() {
        var handlers = new IndicatorCatalogProjection(null, consumer).events();
        assertThat(EventContracts.undecided("kaohe.indicator.event", handlers::knows)).isEmpty();
    }

    @Test
    void theEvidenceCatalogDecidesAboutEveryEvidenceEvent() {
        var handlers = new EvidenceEventsListener(consumer, null).events();
        assertThat(EventContracts.undecided("kaohe.evidence.event", handlers::knows)).isEmpty();
    }
}
