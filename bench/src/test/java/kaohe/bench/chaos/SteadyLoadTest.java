package kaohe.bench.chaos;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SteadyLoadTest {

    /** A client whose commands take 20 ms and are counted, with how many run at once. */
    private static final class Counting implements SteadyLoad.Client {
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public void once() throws Exception {
            inFlight.incrementAndGet();
            Thread.sleep(20);
            inFlight.decrementAndGet();
            done.incrementAndGet();
        }
    }

    @Test
    void aPauseWaitsForCommandsInFlightAndHoldsNewOnesBackUntilResumed() throws Exception {
        var load = new SteadyLoad();
        var first = new Counting();
        var second = new Counting();
        load.add(first);
        load.add(second);
        load.start();
        Thread.sleep(100);

        assertThat(load.pause(Duration.ofSeconds(5))).isTrue();
        int whilePaused = first.done.get() + second.done.get();
        assertThat(first.inFlight.get() + second.inFlight.get()).isZero();
        Thread.sleep(100);
        assertThat(first.done.get() + second.done.get()).isEqualTo(whilePaused);

        load.resume();
        Thread.sleep(100);
        load.stop();
        assertThat(first.done.get() + second.done.get()).isGreaterThan(whilePaused);
        assertThat(load.running()).isFalse();
    }
}
