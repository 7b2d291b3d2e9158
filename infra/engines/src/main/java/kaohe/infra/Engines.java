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
 * The real engines for local runs and tests: PostgreSQL (zonky), a KRaft Kafka broker, s3proxy and a GreenMail
 * mail server, all on
 * 127.0.0.1, all data under {@link EngineConfig#dataDir()}. {@link #start} returns when every engine answers, every
 * database and topic exists and the bucket is there; from then on an {@link EngineSupervisor} starts any engine
 * that dies again, on the same data and ports.
 */
public final class Engines implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

    private final EngineConfig config;
    private final EngineSupervisor supervisor;
    private final Map<String, Duration> startupTimes;

    private Engines(EngineConfig config, EngineSupervisor supervisor, Map<String, Duration> startupTimes) {
        this.config = config;
        this.supervisor = supervisor;
        this.startupTimes = Collections.unmodifiableMap(startupTimes);
    }

    /** Starts the four engines in parallel; on any failure stops those that did start and throws. */
    public static Engines start(EngineConfig config) {
        Path kafkaLib = libDir("kafka-broker");
        Path s3Lib = libDir("s3-server");
        Path mailLib = libDir("mail-server");
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
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), MailEngine.NAME), config.dataDir().toString(), "TERM");
        PostgresEngine.stopLeftover(config.dataDir());
        requireFree(config.postgresPort(), "PostgreSQL", "--pg-port / KAOHE_PG_PORT");
        requireFree(config.kafkaPort(), "Kafka", "--kafka-port / KAOHE_KAFKA_PORT");
        requireFree(config.kafkaControllerPort(), "Kafka controller", "--kafka-controller-port / KAOHE_KAFKA_CONTROLLER_PORT");
        requireFree(config.s3Port(), "s3proxy", "--s3-port / KAOHE_S3_PORT");
        requireFree(config.mail().smtp(), "SMTP", "--smtp-port / KAOHE_SMTP_PORT");
        requireFree(config.mail().imap(), "IMAP", "--imap-port / KAOHE_IMAP_PORT");
        requireFree(config.mail().web(), "the mailbox page", "--mail-web-port / KAOHE_MAIL_WEB_PORT");
        writePorts(config);

        Map<String, Duration> times = Collections.synchronizedMap(new LinkedHashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "kaohe-engines-start");
            t.setDaemon(true);
            return t;
        });
        Map<String, Engine.Starter> starters = new LinkedHashMap<>();
        starters.put(PostgresEngine.NAME, () -> PostgresEngine.start(config));
        starters.put(KafkaEngine.NAME, () -> KafkaEngine.start(config, kafkaLib));
        starters.put(S3Engine.NAME, () -> S3Engine.start(config, s3Lib));
        starters.put(MailEngine.NAME, () -> MailEngine.start(config, mailLib));
        try {
            Map<String, CompletableFuture<Engine>> starting = new LinkedHashMap<>();
            starters.forEach((name, starter) -> starting.put(name, timed(pool, times, name, starter)));
            List<Throwable> failures = new ArrayList<>();
            Map<String, Map.Entry<Engine, Engine.Starter>> started = new LinkedHashMap<>();
            starting.forEach((name, f) -> {
                Engine e = join(f, failures);
                if (e != null) {
                    started.put(name, Map.entry(e, starters.get(name)));
                }
            });
            if (!failures.isEmpty()) {
                started.values().forEach(e -> e.getKey().close());
                RuntimeException e = failures.get(0) instanceof RuntimeException r ? r
                        : new IllegalStateException(failures.get(0));
                failures.stream().skip(1).forEach(e::addSuppressed);
                throw e;
            }
            LOG.info("engines ready in {} ({})", config.dataDir(), times);
            return new Engines(config, new EngineSupervisor(config.dataDir(), started,
                    EngineSupervisor.Timing.DEFAULT, System.out::println),
                    times);
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
        return "127.0.0.1:" + config.kafkaPort();
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + config.s3Port();
    }

    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return config.mail().smtp();
    }

    /** The mail server's web API: {@code /api/user/<address>/messages/INBOX} lists what an address received. */
    public String mailWeb() {
        return MailEngine.webAddress(config);
    }

    /** How long each engine took to become ready in this start (postgres, kafka, s3proxy, mail). */
    public Map<String, Duration> startupTimes() {
        return startupTimes;
    }

    /**
     * Stops supervising (after a restart in progress finished) and stops the engines: the JVMs in parallel with
     * PostgreSQL. Idempotent.
     */
    @Override
    public void close() {
        supervisor.close();
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
        p.setProperty("smtp.port", Integer.toString(c.mail().smtp()));
        p.setProperty("imap.port", Integer.toString(c.mail().imap()));
        p.setProperty("mail.web.port", Integer.toString(c.mail().web()));
        try (var out = Files.newBufferedWriter(c.dataDir().resolve("engines.properties"))) {
            p.store(out, "ports of the engines last started on this data dir");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CompletableFuture<Engine> timed(ExecutorService pool, Map<String, Duration> times, String name,
                                                   Engine.Starter starter) {
        return CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                Engine engine = starter.start();
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
