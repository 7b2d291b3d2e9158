package kaohe.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real engines for local runs and tests: PostgreSQL (zonky), a KRaft Kafka broker and s3proxy, all on
 * 127.0.0.1, all data under {@link EngineConfig#dataDir()}. {@link #start} returns when every engine answers, every
 * database and topic exists and the bucket is there.
 */
public final class Engines implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

    private final EngineConfig config;
    private final PostgresEngine postgres;
    private final KafkaEngine kafka;
    private final S3Engine s3;
    private final Map<String, Duration> startupTimes;
    private boolean closed;

    private Engines(EngineConfig config, PostgresEngine postgres, KafkaEngine kafka, S3Engine s3,
                    Map<String, Duration> startupTimes) {
        this.config = config;
        this.postgres = postgres;
        this.kafka = kafka;
        this.s3 = s3;
        this.startupTimes = Collections.unmodifiableMap(startupTimes);
    }

    /** Starts the three engines in parallel; on any failure stops those that did start and throws. */
    public static Engines start(EngineConfig config) {
        Path kafkaLib = libDir("kafka-broker");
        Path s3Lib = libDir("s3-server");
        try {
            Files.createDirectories(config.logs());
            Files.createDirectories(config.pids());
            Files.createDirectories(config.conf());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + config.dataDir(), e);
        }
        // Leftovers of a killed run are ours to stop before checking that the ports are free.
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), KafkaEngine.NAME), config.dataDir().toString(), "TERM");
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), S3Engine.NAME), config.dataDir().toString(), "TERM");
        Path pgData = config.dataDir().resolve("postgres");
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), "postgres"), pgData.toString(), "INT");
        ChildProcess.stopRecorded(pgData.resolve("postmaster.pid"), pgData.toString(), "INT");
        requireFree(config.postgresPort(), "PostgreSQL", "--pg-port / KAOHE_PG_PORT");
        requireFree(config.kafkaPort(), "Kafka", "--kafka-port / KAOHE_KAFKA_PORT");
        requireFree(config.kafkaControllerPort(), "Kafka controller", "--kafka-controller-port / KAOHE_KAFKA_CONTROLLER_PORT");
        requireFree(config.s3Port(), "s3proxy", "--s3-port / KAOHE_S3_PORT");
        writePorts(config);

        Map<String, Duration> times = Collections.synchronizedMap(new LinkedHashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "kaohe-engines-start");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<PostgresEngine> pg = timed(pool, times, "postgres", () -> PostgresEngine.start(config));
            CompletableFuture<KafkaEngine> kf = timed(pool, times, "kafka", () -> KafkaEngine.start(config, kafkaLib));
            CompletableFuture<S3Engine> s3 = timed(pool, times, "s3proxy", () -> S3Engine.start(config, s3Lib));
            List<Throwable> failures = new ArrayList<>();
            PostgresEngine p = join(pg, failures);
            KafkaEngine k = join(kf, failures);
            S3Engine s = join(s3, failures);
            Engines engines = new Engines(config, p, k, s, times);
            if (!failures.isEmpty()) {
                engines.close();
                RuntimeException e = failures.get(0) instanceof RuntimeException r ? r
                        : new IllegalStateException(failures.get(0));
                failures.stream().skip(1).forEach(e::addSuppressed);
                throw e;
            }
            LOG.info("engines ready in {} ({})", config.dataDir(), times);
            return engines;
        } finally {
            pool.shutdown();
        }
    }

    public EngineConfig config() {
        return config;
    }

    public String jdbcUrl(String database) {
        return PostgresEngine.jdbcUrl(config.postgresPort(), database);
    }

    public String postgresUser() {
        return PostgresEngine.USER;
    }

    public String postgresPassword() {
        return PostgresEngine.PASSWORD;
    }

    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    public String s3Endpoint() {
        return s3.endpoint();
    }

    /** How long each engine took to become ready in this start (postgres, kafka, s3proxy). */
    public Map<String, Duration> startupTimes() {
        return startupTimes;
    }

    /** Stops what this instance started: the JVMs in parallel with PostgreSQL. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Thread> stoppers = new ArrayList<>();
        for (AutoCloseable engine : new AutoCloseable[] {kafka, s3, postgres}) {
            if (engine != null) {
                Thread t = new Thread(() -> {
                    try {
                        engine.close();
                    } catch (Exception e) {
                        LOG.warn("stopping {} failed", engine, e);
                    }
                }, "kaohe-engines-stop");
                t.start();
                stoppers.add(t);
            }
        }
        for (Thread t : stoppers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- helpers ----

    /** {@code <root>/infra/<module>/target/lib}, root = -Dkaohe.root or the current directory (or a parent). */
    static Path libDir(String module) {
        Path root = projectRoot();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path lib = dir.resolve("infra").resolve(module).resolve("target").resolve("lib");
            if (Files.isDirectory(lib)) {
                return lib;
            }
        }
        throw new IllegalStateException("no class path for " + module + " at "
                + root.resolve("infra/" + module + "/target/lib") + ": run `mvn -q package` in infra/" + module
                + " first (or set -Dkaohe.root to the project root)");
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("kaohe.root", ".")).toAbsolutePath().normalize();
    }

    private static void requireFree(int port, String engine, String option) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true); // as the servers do: a closed connection in TIME_WAIT does not block them
            s.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + engine + " is in use by another process;"
                    + " choose another with " + option);
        }
    }

    /** The ports in use, for `EnginesMain status` and scripts. */
    private static void writePorts(EngineConfig c) {
        Properties p = new Properties();
        p.setProperty("postgres.port", Integer.toString(c.postgresPort()));
        p.setProperty("kafka.port", Integer.toString(c.kafkaPort()));
        p.setProperty("kafka.controller.port", Integer.toString(c.kafkaControllerPort()));
        p.setProperty("s3.port", Integer.toString(c.s3Port()));
        try (var out = Files.newBufferedWriter(c.dataDir().resolve("engines.properties"))) {
            p.store(out, "ports of the engines last started on this data dir");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    private static <T> CompletableFuture<T> timed(ExecutorService pool, Map<String, Duration> times, String name,
                                                  Starter<T> starter) {
        return CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                T engine = starter.start();
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                times.put(name, took);
                LOG.info("{} ready in {} ms", name, took.toMillis());
                return engine;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(name + " did not start: " + e, e);
            }
        }, pool);
    }

    private static <T> T join(CompletableFuture<T> f, List<Throwable> failures) {
        try {
            return f.join();
        } catch (CompletionException e) {
            failures.add(e.getCause() != null ? e.getCause() : e);
            return null;
        }
    }
}
