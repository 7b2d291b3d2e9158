package kaohe.platform.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypeNamesTest {

    record IndicatorDefinedEvent() {
    }

    record IndicatorDefinedEventV2() {
    }

    record LiaisonDesignated() {
    }

    @Test
    void namesAreContextPlainNameAndVersion() {
        assertThat(EventTypeNames.of("indicator", IndicatorDefinedEvent.class)).isEqualTo("indicator.IndicatorDefined.v1");
        assertThat(EventTypeNames.of("indicator", IndicatorDefinedEventV2.class))
                .isEqualTo("indicator.IndicatorDefined.v2");
        assertThat(EventTypeNames.of("indicator", LiaisonDesignated.class)).isEqualTo("indicator.LiaisonDesignated.v1");
    }
}
