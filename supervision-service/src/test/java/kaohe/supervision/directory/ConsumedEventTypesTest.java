package kaohe.supervision.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.consume.UnknownEventTypes;
import kaohe.testengines.EventContracts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record of the identity and indicator contracts is handled or deliberately ignored by the directory. */
class ConsumedEventTypesTest {

    // building the handler tables touches neither the database nor the meters
    private final DirectoryProjection projection = new DirectoryProjection(null, new IdempotentConsumer(null, null,
            new ObjectMapper(), null, new UnknownEventTypes(new SimpleMeterRegistry())));

    @Test
    void theIdentityConsumerDecidesAboutEveryAccountEvent() {
        assertThat(EventContracts.undecided("kaohe.identity.account.event", projection.identityEvents()::knows))
                .isEmpty();
    }

    @Test
    void theIndicatorConsumerDecidesAboutEveryIndicatorEvent() {
        assertThat(EventContracts.undecided("kaohe.indicator.event", projection.indicatorEvents()::knows)).isEmpty();
    }
}
