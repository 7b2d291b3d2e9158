package kaohe.supervision.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BackOffTest {

    @Test
    void waitsDoubleFromThirtySecondsAndNeverExceedThirtyMinutes() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(BackOff::after).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(30), Duration.ofMinutes(30),
                Duration.ofMinutes(30));
        assertThat(BackOff.after(1000)).isEqualTo(Duration.ofMinutes(30));
    }
}
