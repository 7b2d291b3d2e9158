package kaohe.bench.chaos;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkersTest {

    private final Markers markers = new Markers("0a1b2c3d");

    @Test
    void numbersEveryCommandOnceAcrossKinds() {
        assertThat(markers.next()).isEqualTo(1);
        assertThat(markers.next()).isEqualTo(2);
    }

    @Test
    void findsReasonsAndFileNamesOfThisRunOnly() {
        String envelope = "{\"metadata\":{\"reason\":\"chaos 0a1b2c3d 17\"},\"payload\":{\"originalName\":"
                + "\"chaos-0a1b2c3d-18.jpg\",\"other\":\"chaos ffffffff 19\"}}";

        assertThat(markers.in(envelope)).containsExactly(17L, 18L);
        assertThat(markers.in(markers.reason(5))).containsExactly(5L);
        assertThat(markers.in(markers.fileName(6))).containsExactly(6L);
    }

    @Test
    void theSetupUploadAndNothingAreNoMarkers() {
        assertThat(markers.in("chaos-0a1b2c3d-setup.jpg")).isEmpty();
        assertThat(markers.in(null)).isEmpty();
    }

    @Test
    void theLikePatternMatchesBothSeparators() {
        String regex = markers.likePattern().replace("%", ".*").replace("_", ".");

        assertThat(markers.reason(3)).matches(regex);
        assertThat(markers.fileName(3)).matches(regex);
    }

    @Test
    void aRunIdIsEightHexDigits() {
        assertThatThrownBy(() -> new Markers("x%")).isInstanceOf(IllegalArgumentException.class);
    }
}
