package kaohe.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A process we started (a Kafka or s3proxy JVM): output appended to a log file, pid recorded in
 * {@code <data>/pids/<name>.pid}, stopped with SIGTERM, then SIGKILL after 20 s. Also the pid-file helpers used to
 * find and stop processes of ours left over by a JVM that died without cleaning up.
 */
final class ChildProcess implements Engine {
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    /** Children still running; a JVM that exits normally (test JVMs, Ctrl-C) stops them, so nothing is orphaned. */
    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();
    /** Guards starting a child against the shutdown hook: a child started while it runs would be orphaned. */
    private static final Object LIFECYCLE = new Object();
    private static volatile boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (LIFECYCLE) {
                shuttingDown = true;
            }
            RUNNING.forEach(c -> c.process.destroy()); // SIGTERM to all first so they shut down in parallel
            List.copyOf(RUNNING).forEach(ChildProcess::stop);
        }, "kaohe-engines-children"));
    }

    final String name;
    final Process process;
    final Path log;
    private final Path pidFile;
    /** The JVM's class-data archive, kept once it stopped by itself. */
    private final ClassArchive archive;

    private ChildProcess(String name, Process process, Path log, Path pidFile, ClassArchive archive) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
        this.archive = archive;
    }

    /**
     * Starts a JVM of this runtime: {@code options}, its class archive's options ({@link ClassArchive}), every jar of
     * {@code libDir} as the class path, then {@code mainAndArguments}.
     */
    static ChildProcess startJava(String name, List<String> options, Path libDir, List<String> mainAndArguments,
                                  EngineConfig config, Path log) throws IOException {
        ClassArchive archive = ClassArchive.of(config, name, libDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(archive.options());
        command.addAll(List.of("-cp", libDir.resolve("*").toString()));
        command.addAll(mainAndArguments);
        return start(name, command, config, log, archive);
    }

    /** Starts {@code command} in {@code dataDir}, output appended to {@code log}, pid written to the pid file. */
    private static ChildProcess start(String name, List<String> command, EngineConfig config, Path log,
                                      ClassArchive archive) throws IOException {
        Files.createDirectories(config.pids());
        Files.createDirectories(log.getParent());
        Path pidFile = pidFile(config.dataDir(), name);
        synchronized (LIFECYCLE) {
            if (shuttingDown) {
                throw new IllegalStateException("not starting " + name + ": this JVM is shutting down");
            }
            Process p = new ProcessBuilder(command)
                    .directory(config.dataDir().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            ChildProcess child = new ChildProcess(name, p, log, pidFile, archive);
            RUNNING.add(child);
            Files.writeString(pidFile, p.pid() + "\n");
            return child;
        }
    }

    /** True once the JVM runs its shutdown hooks: a supervisor must not restart what they stop. */
    static boolean shuttingDown() {
        return shuttingDown;
    }

    /** Runs a short command to completion (e.g. formatting Kafka's storage); fails with the log's tail. */
    static void run(String what, List<String> command, EngineConfig config, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command)
                .directory(config.dataDir().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(what + " did not finish within " + timeout.toSeconds() + " s" + tail(log));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + p.exitValue() + tail(log));
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    /** 137 after a kill -9 (128 + signal), as a shell reports it; "?" while it still runs. */
    @Override
    public String exitCode() {
        return process.isAlive() ? "?" : Integer.toString(process.exitValue());
    }

    /** SIGTERM, up to 20 s to exit, then SIGKILL. Idempotent. */
    @Override
    public void close() {
        stop();
    }

    synchronized void stop() {
        try {
            terminate(process.toHandle(), "TERM", STOP_TIMEOUT);
            // 143: the JVM ran its exit on TERM, class archive written; 137 (killed) or a crash leaves no archive
            if (!process.isAlive() && process.exitValue() == 143) {
                archive.keepRecording();
            }
        } finally {
            RUNNING.remove(this);
            deleteQuietly(pidFile);
        }
    }

    /** Polls {@code ready} until true; fails with the log's tail when the process dies or time runs out. */
    void await(String what, Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before " + what + tail(log));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": no " + what + " within " + timeout.toSeconds() + " s"
                        + tail(log));
            }
            sleep(200);
        }
    }

    // ---- pid files, shared with PostgresEngine and the CLI ----

    static Path pidFile(Path dataDir, String name) {
        return dataDir.resolve("pids").resolve(name + ".pid");
    }

    /** The live process a pid file names, if its command line contains {@code marker} (i.e. it is ours). */
    static Optional<ProcessHandle> recorded(Path pidFile, String marker) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(first))
                    .filter(ChildProcess::alive)
                    .filter(h -> commandLine(h).contains(marker));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a process of ours left over from an earlier run (its JVM was killed), so a restart never fails on
     * "address in use" or, worse, talks to the orphan. Returns whether there was one.
     */
    static boolean stopRecorded(Path pidFile, String marker, String signal) {
        Optional<ProcessHandle> h = recorded(pidFile, marker);
        h.ifPresent(p -> terminate(p, signal, STOP_TIMEOUT));
        deleteQuietly(pidFile);
        return h.isPresent();
    }

    /** Sends {@code signal} (TERM or INT), waits, then SIGKILL. */
    static void terminate(ProcessHandle h, String signal, Duration timeout) {
        if (!h.isAlive()) {
            return;
        }
        if ("TERM".equals(signal)) {
            h.destroy();
        } else {
            signal(h.pid(), signal);
        }
        if (waitForExit(h, timeout)) {
            return;
        }
        h.destroyForcibly();
        waitForExit(h, Duration.ofSeconds(10));
    }

    /**
     * Alive and not a zombie: a killed process that is not our child (the postmaster, started by pg_ctl) stays a
     * zombie until whoever adopted it reaps it, and {@link ProcessHandle#isAlive} counts zombies as alive.
     */
    static boolean alive(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            // "pid (comm) S ..." - comm may contain spaces and parentheses, the state follows the last ')'
            String afterComm = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !afterComm.startsWith("Z") && !afterComm.startsWith("X");
        } catch (IOException | RuntimeException e) {
            return h.isAlive();
        }
    }

    static boolean waitForExit(ProcessHandle h, Duration timeout) {
        try {
            h.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !h.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !h.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !h.isAlive();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Full command line; /proc is read directly because ProcessHandle.Info can be empty for others' processes. */
    static String commandLine(ProcessHandle h) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return h.info().commandLine().orElse("");
        }
    }

    /** The last lines of a log, for error messages. */
    static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return " (no log at " + log + ")";
            }
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                lines.add(line);
                if (lines.size() > 40) {
                    lines.remove(0);
                }
            }
            return "; last lines of " + log + ":\n  " + String.join("\n  ", lines);
        } catch (IOException e) {
            return " (cannot read " + log + ": " + e + ")";
        }
    }

    /** Keeps one previous log; a log per run makes "the last lines" mean this run. */
    static void rotate(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale pid file is re-checked against the live process anyway
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
