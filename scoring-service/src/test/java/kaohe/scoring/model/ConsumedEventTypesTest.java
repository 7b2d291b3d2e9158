package kaohe.scoring.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.publish.EventTypeNames;
import kaohe.testengines.EventContracts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record of every context scoring consumes is applied or deliberately ignored by its fold. */
class ConsumedEventTypesTest {

    private final ScoringState fold = new ScoringState(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {"indicator", "ledger", "evidence", "scoring", "supervision"})
    void theFoldDecidesAboutEveryEventOf(String context) {
        assertThat(EventContracts.undecided("kaohe." + context + ".event",
                type -> fold.knows(EventTypeNames.of(context, type)))).isEmpty();
    }
}
