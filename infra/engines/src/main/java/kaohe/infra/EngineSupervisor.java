package kaohe.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the engines alive: one watcher thread per engine notices a dead process within {@link Timing#poll} and
 * starts it again on the same data and ports, after a back-off of 1, 2, 4 … 30 s (back to 1 s once it had stayed up
 * {@link Timing#stable}). The conventions are those of the {@code ./kaohe} supervisor, so one fault injector and one
 * status command serve both:
 * <ul>
 * <li>{@code <data>/supervisor/<name>.restarts} holds the number of restarts so far;</li>
 * <li>each restart is logged as {@code <ISO time> restarted <name> (exit <code>, restart <n>, after <s> s)} to
 * standard output and {@code <data>/supervisor/supervisor.log}; {@code after} is the time from noticing the death
 * to starting again (the back-off, or how long it was held);</li>
 * <li>while {@code <data>/supervisor/<name>.hold} exists the engine is not restarted; once it is removed the
 * engine starts at once.</li>
 * </ul>
 * {@link #close} waits for a restart in progress, then stops every engine: a restart never races a shutdown.
 */
final class EngineSupervisor implements AutoCloseable {

    /** How often to look, how long to wait before a restart, and when a run counts as stable. */
    record Timing(Duration poll, Duration firstBackoff, Duration maxBackoff, Duration stable) {
        static final Timing DEFAULT = new Timing(Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofSeconds(60));

        /** first, 2 × first, 4 × first … capped at max. */
        Duration backoff(int consecutiveCrashes) {
            Duration d = firstBackoff.multipliedBy(1L << Math.min(consecutiveCrashes, 20));
            return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
        }
    }

    private final Path dir;
    private final Timing timing;
    private final Consumer<String> out;
    private final Map<String, Watched> watched = new LinkedHashMap<>();
    /** Counted down by {@link #close}: wakes every pause at once, and never disturbs a start in progress. */
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object logLock = new Object();
    private boolean closed;

    /** {@code engines}: name → the engine started first and how to start it again; watching begins at once. */
    EngineSupervisor(Path dataDir, Map<String, Map.Entry<Engine, Engine.Starter>> engines, Timing timing,
                     Consumer<String> out) {
        this.dir = dataDir.resolve("supervisor");
        this.timing = timing;
        this.out = out;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dir, e);
        }
        engines.forEach((name, e) -> watched.put(name, new Watched(name, e.getKey(), e.getValue())));
        watched.values().forEach(w -> w.thread.start());
    }

    static Path restartsFile(Path dataDir, String name) {
        return dataDir.resolve("supervisor").resolve(name + ".restarts");
    }

    static Path holdFile(Path dataDir, String name) {
        return dataDir.resolve("supervisor").resolve(name + ".hold");
    }

    /** The restarts counted so far in {@code <data>/supervisor/<name>.restarts}; 0 when there is none. */
    static int restarts(Path dataDir, String name) {
        try {
            return Integer.parseInt(Files.readString(restartsFile(dataDir, name)).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Stops watching (waiting for a restart in progress to finish), then stops the engines in parallel. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closing.countDown();
        List<Thread> stoppers = new ArrayList<>();
        for (Watched w : watched.values()) {
            Thread t = new Thread(() -> {
                join(w.thread);
                w.engine.close();
            }, "kaohe-engines-stop-" + w.name);
            t.start();
            stoppers.add(t);
        }
        stoppers.forEach(EngineSupervisor::join);
    }

    private boolean stopping() {
        return closing.getCount() == 0 || ChildProcess.shuttingDown();
    }

    /** One engine: the running instance and the watcher thread that replaces it when it dies. */
    private final class Watched {
        final String name;
        final Engine.Starter starter;
        final Thread thread;
        volatile Engine engine;
        long startedAt = System.nanoTime();
        int consecutiveCrashes;

        Watched(String name, Engine engine, Engine.Starter starter) {
            this.name = name;
            this.engine = engine;
            this.starter = starter;
            this.thread = new Thread(this::watch, "kaohe-supervise-" + name);
            // the shutdown hooks stop the engines; a watcher must not keep a test JVM alive
            this.thread.setDaemon(true);
        }

        private void watch() {
            while (!stopping()) {
                try {
                    if (engine.isAlive()) {
                        pause(timing.poll());
                    } else if (!stopping()) {
                        replace();
                    }
                } catch (RuntimeException e) {
                    // a watcher that died would leave its engine unsupervised for the rest of the run
                    log("supervising " + name + " went wrong (" + e + "); watching on");
                    pause(timing.firstBackoff());
                }
            }
        }

        private void replace() {
            if (System.nanoTime() - startedAt >= timing.stable().toNanos()) {
                consecutiveCrashes = 0;
            }
            String exit = engine.exitCode();
            engine.close(); // what is left of it: pid file, zonky's lock on the data dir
            restart(exit);
        }

        /** Tries until the engine runs again or the supervisor closes. */
        private void restart(String exit) {
            long diedAt = System.nanoTime();
            while (awaitTurn(timing.backoff(consecutiveCrashes))) {
                consecutiveCrashes++;
                long waited = Math.round((System.nanoTime() - diedAt) / 1e9);
                try {
                    Engine started = starter.start();
                    engine = started;
                    startedAt = System.nanoTime();
                    int n = increment();
                    log("restarted " + name + " (exit " + exit + ", restart " + n + ", after " + waited + " s)");
                    return;
                } catch (Exception e) {
                    if (stopping()) {
                        return; // the shutdown stopped the engine it was starting: nothing failed
                    }
                    log("restart of " + name + " failed (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                            + "); trying again in " + timing.backoff(consecutiveCrashes).toSeconds() + " s");
                }
            }
        }

        /**
         * Waits out the back-off and any hold. Returns false when the supervisor closes meanwhile. A hold that is
         * lifted means "start now", whatever is left of the back-off.
         */
        private boolean awaitTurn(Duration backoff) {
            long due = System.nanoTime() + backoff.toNanos();
            boolean held = false;
            while (!stopping()) {
                if (Files.exists(holdFile(dir.getParent(), name))) {
                    if (!held) {
                        log("holding " + name + " (" + holdFile(dir.getParent(), name) + " exists)");
                        held = true;
                    }
                } else if (held || System.nanoTime() >= due) {
                    return true;
                }
                pause(Duration.ofMillis(Math.min(200, timing.poll().toMillis())));
            }
            return false;
        }

        private int increment() {
            Path file = restartsFile(dir.getParent(), name);
            int n = restarts(dir.getParent(), name) + 1;
            try {
                Files.writeString(file, n + "\n");
            } catch (IOException e) {
                log("cannot write " + file + ": " + e);
            }
            return n;
        }
    }

    private void log(String message) {
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + message;
        synchronized (logLock) {
            // the file first: whoever is told of a line (a test, a person tailing the output) finds it in the file
            try {
                Files.writeString(dir.resolve("supervisor.log"), line + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                out.accept("cannot append to " + dir.resolve("supervisor.log") + ": " + e);
            }
            out.accept(line);
        }
    }

    /** Sleeps, or less when the supervisor closes meanwhile. */
    private void pause(Duration d) {
        try {
            closing.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
