package kaohe.supervision.reminder;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.consume.UnknownEventTypes;
import kaohe.testengines.EventContracts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record of this context's contract is handled or deliberately ignored by the 督办单 notices. */
class ConsumedEventTypesTest {

    @Test
    void theNoticesConsumerDecidesAboutEverySupervisionEvent() {
        // building the handler table touches neither the database nor the meters
        var notices = new ChaseNotices(null, null, null, null, null, null, 2, new IdempotentConsumer(null, null,
                new ObjectMapper(), null, new UnknownEventTypes(new SimpleMeterRegistry())));
        assertThat(EventContracts.undecided("kaohe.supervision.event", notices.events()::knows)).isEmpty();
    }
}
