package kaohe.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor's rules on stand-in engines, with short times: restart, count, log, back-off, hold, close. */
class EngineSupervisorTest {
    private static final EngineSupervisor.Timing FAST = new EngineSupervisor.Timing(Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ofMillis(800), Duration.ofSeconds(60));
    private static final String LINE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ";

    private Path data;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> notYetInTheFile = new CopyOnWriteArrayList<>();
    private final List<FakeEngine> started = new CopyOnWriteArrayList<>();
    private EngineSupervisor supervisor;

    @BeforeEach
    void dataDir() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        data = Files.createTempDirectory(target, "supervisor-test-");
    }

    @AfterEach
    void close() {
        if (supervisor != null) {
            supervisor.close();
        }
        assertEquals(List.of(), notYetInTheFile, "printed before it was written to supervisor.log");
    }

    @Test
    void backOffDoublesFromOneSecondUpToThirty() {
        List<Long> seconds = java.util.stream.IntStream.range(0, 8)
                .mapToObj(n -> EngineSupervisor.Timing.DEFAULT.backoff(n).toSeconds()).toList();
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), seconds);
        assertEquals(Duration.ofSeconds(30), EngineSupervisor.Timing.DEFAULT.backoff(Integer.MAX_VALUE));
    }

    @Test
    void aDeadEngineIsStartedAgainAfterItsBackOffCountedAndLogged() throws Exception {
        FakeEngine first = supervise(FAST, () -> true);

        long killed = first.kill();
        await(() -> log.size() == 1, "the first restart");
        assertTrue(started.get(0).startedAt - killed >= Duration.ofMillis(200).toNanos(), "restarted before its back-off");
        assertTrue(first.closed, "what was left of the dead engine is released before the restart");
        assertEquals(1, EngineSupervisor.restarts(data, "kafka"));
        assertTrue(log.get(0).matches(LINE + "restarted kafka \\(exit 137, restart 1, after \\d+ s\\)"), log.get(0));
        assertEquals(List.of(log.get(0)), Files.readAllLines(data.resolve("supervisor/supervisor.log")));

        // a second crash soon after waits twice as long
        killed = started.get(0).kill();
        await(() -> log.size() == 2, "the second restart");
        assertTrue(started.get(1).startedAt - killed >= Duration.ofMillis(400).toNanos(), "second back-off not doubled");
        assertEquals(2, EngineSupervisor.restarts(data, "kafka"));
        assertTrue(log.get(1).matches(LINE + "restarted kafka \\(exit 137, restart 2, after \\d+ s\\)"), log.get(1));
    }

    @Test
    void anEngineThatStayedUpLongEnoughStartsAgainWithTheFirstBackOff() throws Exception {
        EngineSupervisor.Timing stableAfter300ms = new EngineSupervisor.Timing(Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMillis(300));
        FakeEngine first = supervise(stableAfter300ms, () -> true);
        first.kill();
        await(() -> started.size() == 1, "the first restart");
        Thread.sleep(400); // longer than "stable"
        long killed = started.get(0).kill();
        await(() -> started.size() == 2, "the second restart");
        long waited = started.get(1).startedAt - killed;
        assertTrue(waited < Duration.ofMillis(390).toNanos(), "back-off not reset: " + waited / 1_000_000 + " ms");
    }

    @Test
    void aFailedRestartIsTriedAgainAndOnlyARunningEngineIsCounted() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        FakeEngine first = supervise(FAST, () -> attempts.incrementAndGet() > 1);
        first.kill();
        await(() -> log.size() == 2, "the restart after a failed attempt");
        assertEquals(2, attempts.get());
        assertEquals(1, EngineSupervisor.restarts(data, "kafka"));
        assertTrue(log.get(0).matches(LINE + "restart of kafka failed \\(port taken\\); trying again in \\d+ s"), log.get(0));
        assertTrue(log.get(1).matches(LINE + "restarted kafka \\(exit 137, restart 1, after \\d+ s\\)"), log.get(1));
    }

    @Test
    void aHeldEngineStaysDownUntilTheHoldIsLiftedThenStartsAtOnce() throws Exception {
        FakeEngine first = supervise(FAST, () -> true);
        Path hold = EngineSupervisor.holdFile(data, "kafka");
        Files.writeString(hold, "");
        first.kill();
        Thread.sleep(800); // four times the back-off
        assertEquals(0, started.size(), "restarted while held");
        assertEquals(0, EngineSupervisor.restarts(data, "kafka"));
        assertTrue(log.get(0).matches(LINE + "holding kafka \\(.*kafka.hold exists\\)"), log.get(0));

        long lifted = System.nanoTime();
        Files.delete(hold);
        await(() -> log.size() == 2, "the restart after the hold");
        assertTrue(started.get(0).startedAt - lifted < Duration.ofMillis(190).toNanos(), "waited a back-off after the hold");
        assertEquals(1, EngineSupervisor.restarts(data, "kafka"));
    }

    @Test
    void closingDuringABackOffRestartsNothing() throws Exception {
        EngineSupervisor.Timing slow = new EngineSupervisor.Timing(Duration.ofMillis(20), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofSeconds(60));
        FakeEngine first = supervise(slow, () -> true);
        first.kill();
        Thread.sleep(100);
        long t0 = System.nanoTime();
        supervisor.close();
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(1).toNanos(), "close waited out the back-off");
        Thread.sleep(300);
        assertEquals(0, started.size());
        assertEquals(0, EngineSupervisor.restarts(data, "kafka"));
    }

    @Test
    void closingWaitsForARestartInProgressThenStopsWhatItStarted() throws Exception {
        CountDownLatch inStart = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeEngine first = supervise(FAST, () -> {
            inStart.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError("a start in progress was interrupted", e);
            }
        });
        first.kill();
        assertTrue(inStart.await(5, TimeUnit.SECONDS));
        Thread closer = new Thread(supervisor::close);
        closer.start();
        closer.join(300);
        assertTrue(closer.isAlive(), "close returned while a restart was in progress");
        release.countDown();
        closer.join(5000);
        assertFalse(closer.isAlive(), "close did not finish after the restart");
        assertEquals(1, started.size());
        assertTrue(started.get(0).closed, "the engine started during close was left running");
    }

    // ---- stand-ins ----

    /**
     * Supervises one stand-in engine called kafka; {@code startSucceeds} decides each restart attempt. A restart is
     * counted and logged just after the start returns: tests wait for the log line, not for the start.
     */
    private FakeEngine supervise(EngineSupervisor.Timing timing, BooleanSupplier startSucceeds) {
        FakeEngine first = new FakeEngine();
        Engine.Starter starter = () -> {
            if (!startSucceeds.getAsBoolean()) {
                throw new IllegalStateException("port taken\nsecond line of the message");
            }
            FakeEngine e = new FakeEngine();
            started.add(e);
            return e;
        };
        supervisor = new EngineSupervisor(data, Map.of("kafka", Map.entry(first, starter)), timing, this::told);
        return first;
    }

    /** What the supervisor prints; a line printed before it is in the log file is noted as such. */
    private void told(String line) {
        try {
            Path file = data.resolve("supervisor/supervisor.log");
            if (!Files.exists(file) || !Files.readAllLines(file).contains(line)) {
                notYetInTheFile.add(line);
            }
        } catch (IOException e) {
            notYetInTheFile.add(line + " (" + e + ")");
        }
        log.add(line);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "no " + what + " within 5 s");
            Thread.sleep(10);
        }
    }

    private static final class FakeEngine implements Engine {
        final long startedAt = System.nanoTime();
        volatile boolean alive = true;
        volatile boolean closed;

        /** As kill -9: returns when it died. */
        long kill() {
            alive = false;
            return System.nanoTime();
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public String exitCode() {
            return alive ? "?" : "137";
        }

        @Override
        public void close() {
            alive = false;
            closed = true;
        }
    }
}
