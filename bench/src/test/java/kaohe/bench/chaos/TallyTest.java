package kaohe.bench.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {

    private static Acked acked(String aggregate, long marker) {
        return new Acked(Acked.Kind.INDICATOR_TARGET, aggregate, marker, "\"3\"", 0, null);
    }

    @Test
    void everyAcknowledgedCommandStoredOnceIsNeitherLostNorDuplicated() {
        var tally = Tally.of(List.of(acked("a", 1), acked("b", 2)), Map.of(1L, List.of("a"), 2L, List.of("b")));

        assertThat(tally.acked()).isEqualTo(2);
        assertThat(tally.lost()).isEmpty();
        assertThat(tally.duplicates()).isZero();
    }

    @Test
    void anAcknowledgedCommandNotStoredIsLost() {
        var tally = Tally.of(List.of(acked("a", 1), acked("b", 2)), Map.of(1L, List.of("a")));

        assertThat(tally.lost()).containsExactly(acked("b", 2));
    }

    @Test
    void aMarkerStoredOnAnotherAggregateDoesNotCountForTheAcknowledgedOne() {
        var tally = Tally.of(List.of(acked("a", 1)), Map.of(1L, List.of("z")));

        assertThat(tally.lost()).containsExactly(acked("a", 1));
    }

    @Test
    void eachExtraEventOfOneCommandIsADuplicateAcknowledgedOrNot() {
        // marker 3 was never acknowledged (in doubt) yet stored twice: still a duplicate
        var tally = Tally.of(List.of(acked("a", 1)), Map.of(1L, List.of("a", "a", "a"), 3L, List.of("c", "c")));

        assertThat(tally.lost()).isEmpty();
        assertThat(tally.duplicates()).isEqualTo(3);
        assertThat(tally.duplicated()).containsOnlyKeys(1L, 3L);
        assertThat(tally.duplicated().get(3L)).containsExactly("c", "c");
    }

    @Test
    void anUnacknowledgedCommandStoredOnceIsFine() {
        var tally = Tally.of(List.of(), Map.of(7L, List.of("a")));

        assertThat(tally.lost()).isEmpty();
        assertThat(tally.duplicates()).isZero();
    }
}
