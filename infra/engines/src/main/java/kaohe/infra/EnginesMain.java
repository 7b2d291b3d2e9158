package kaohe.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * CLI: {@code start} (foreground until SIGTERM/SIGINT, starting any engine that dies again: {@link EngineSupervisor}),
 * {@code stop}, {@code status} (with each engine's restart count).
 * <pre>
 * java -cp infra/engines/target/infra-engines-0.1.0-SNAPSHOT.jar:infra/engines/target/lib/* kaohe.infra.EnginesMain \
 *      start [--data DIR] [--pg-port N] [--kafka-port N] [--kafka-controller-port N] [--s3-port N]
 *            [--smtp-port N] [--imap-port N] [--mail-web-port N]
 * </pre>
 * Defaults come from KAOHE_DATA, KAOHE_PG_PORT, KAOHE_KAFKA_PORT, KAOHE_KAFKA_CONTROLLER_PORT, KAOHE_S3_PORT, KAOHE_SMTP_PORT,
 * KAOHE_IMAP_PORT, KAOHE_MAIL_WEB_PORT, then
 * {@link EngineConfig#defaults}; the default data dir is {@code <kaohe.root>/.kaohe/data}.
 */
public final class EnginesMain {
    private static final String SELF = "engines";

    private EnginesMain() {
    }

    public static void main(String[] args) {
        // Before any logger exists: the Kafka admin client is chatty at INFO.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        if (args.length == 0) {
            usage();
        }
        Map<String, String> opts = options(args);
        EngineConfig config = config(opts);
        int code = switch (args[0]) {
            case "start" -> start(config);
            case "stop" -> stop(config.dataDir());
            case "status" -> status(config);
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(code);
    }

    private static int start(EngineConfig config) {
        // A foreground JVM still running on this data dir holds its ports and files: stop it rather than fail.
        ChildProcess.recorded(ChildProcess.pidFile(config.dataDir(), SELF), "kaohe.infra.EnginesMain").ifPresent(old -> {
            System.out.println("stopping the engines already running on " + config.dataDir() + " (pid " + old.pid() + ")");
            ChildProcess.terminate(old, "TERM", java.time.Duration.ofSeconds(60));
        });
        Engines engines;
        try {
            engines = Engines.start(config);
        } catch (RuntimeException e) {
            System.err.println("engines failed to start: " + e.getMessage());
            return 1;
        }
        Path pidFile = ChildProcess.pidFile(config.dataDir(), SELF);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engines.close();
            ChildProcess.deleteQuietly(pidFile);
            System.out.println("engines stopped");
            stopped.countDown();
        }, "kaohe-engines-stop"));
        try {
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            System.err.println("cannot write " + pidFile + ": " + e);
        }
        System.out.printf("engines ready pg=127.0.0.1:%d kafka=%s s3=%s smtp=127.0.0.1:%d mail=%s%n",
                config.postgresPort(), engines.kafkaBootstrap(), engines.s3Endpoint(), engines.smtpPort(),
                engines.mailWeb());
        System.out.flush();
        try {
            stopped.await(); // until SIGTERM/SIGINT runs the hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Stops what the pid files record: the foreground JVM first (it stops its children), then any strays. */
    private static int stop(Path dataDir) {
        Optional<ProcessHandle> self = ChildProcess.recorded(ChildProcess.pidFile(dataDir, SELF), "kaohe.infra.EnginesMain");
        if (self.isPresent()) {
            // Its shutdown hook stops Kafka, s3proxy and the mail server (up to 20 s each, in parallel) and PostgreSQL.
            ChildProcess.terminate(self.get(), "TERM", java.time.Duration.ofSeconds(60));
            System.out.println("stopped engines (pid " + self.get().pid() + ")");
        }
        ChildProcess.deleteQuietly(ChildProcess.pidFile(dataDir, SELF));
        String marker = dataDir.toString();
        for (String name : new String[] {KafkaEngine.NAME, S3Engine.NAME, MailEngine.NAME}) {
            if (ChildProcess.stopRecorded(ChildProcess.pidFile(dataDir, name), marker, "TERM")) {
                System.out.println("stopped stray " + name);
            }
        }
        if (PostgresEngine.stopLeftover(dataDir)) {
            System.out.println("stopped stray postgres");
        }
        return 0;
    }

    /**
     * One line per engine, e.g. {@code kafka     up   127.0.0.1:19092 pid 4242 restarts 1} ({@code held} at the end
     * while a fault injector holds it down); exit code 0 only when all are up.
     */
    private static int status(EngineConfig config) {
        Path data = config.dataDir();
        Properties ports = new Properties();
        Path file = data.resolve("engines.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                ports.load(r);
            } catch (IOException e) {
                System.err.println("cannot read " + file + ": " + e);
            }
        }
        int pg = port(ports, "postgres.port", config.postgresPort());
        int kafka = port(ports, "kafka.port", config.kafkaPort());
        int s3 = port(ports, "s3.port", config.s3Port());
        int smtp = port(ports, "smtp.port", config.mail().smtp());
        int mailWeb = port(ports, "mail.web.port", config.mail().web());
        Path pgData = data.resolve("postgres");
        boolean all = line(data, SELF, ChildProcess.recorded(ChildProcess.pidFile(data, SELF), "kaohe.infra.EnginesMain"), -1, "")
                & line(data, PostgresEngine.NAME, ChildProcess.recorded(ChildProcess.pidFile(data, PostgresEngine.NAME), pgData.toString()), pg, "127.0.0.1:" + pg)
                & line(data, KafkaEngine.NAME, ChildProcess.recorded(ChildProcess.pidFile(data, KafkaEngine.NAME), data.toString()), kafka, "127.0.0.1:" + kafka)
                & line(data, S3Engine.NAME, ChildProcess.recorded(ChildProcess.pidFile(data, S3Engine.NAME), data.toString()), s3, "http://127.0.0.1:" + s3)
                & line(data, MailEngine.NAME, ChildProcess.recorded(ChildProcess.pidFile(data, MailEngine.NAME), data.toString()), smtp,
                        "smtp 127.0.0.1:" + smtp + ", mailbox http://127.0.0.1:" + mailWeb);
        return all ? 0 : 3;
    }

    private static boolean line(Path data, String name, Optional<ProcessHandle> process, int port, String address) {
        boolean up = process.isPresent() && (port < 0 || KafkaEngine.portOpen(port));
        System.out.printf("%-9s %-4s %s%s restarts %d%s%n", name, up ? "up" : "down", address,
                process.map(p -> " pid " + p.pid()).orElse(""), EngineSupervisor.restarts(data, name),
                Files.exists(EngineSupervisor.holdFile(data, name)) ? " held" : "");
        return up;
    }

    private static int port(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Integer.parseInt(v.trim());
    }

    private static EngineConfig config(Map<String, String> o) {
        String data = pick(o, "data", "KAOHE_DATA", Engines.projectRoot().resolve(".kaohe/data").toString());
        EngineConfig d = EngineConfig.defaults(Path.of(data));
        return d.withPorts(
                Integer.parseInt(pick(o, "pg-port", "KAOHE_PG_PORT", Integer.toString(d.postgresPort()))),
                Integer.parseInt(pick(o, "kafka-port", "KAOHE_KAFKA_PORT", Integer.toString(d.kafkaPort()))),
                Integer.parseInt(pick(o, "kafka-controller-port", "KAOHE_KAFKA_CONTROLLER_PORT",
                        Integer.toString(d.kafkaControllerPort()))),
                Integer.parseInt(pick(o, "s3-port", "KAOHE_S3_PORT", Integer.toString(d.s3Port()))))
                .withMail(new EngineConfig.MailPorts(
                        Integer.parseInt(pick(o, "smtp-port", "KAOHE_SMTP_PORT", Integer.toString(d.mail().smtp()))),
                        Integer.parseInt(pick(o, "imap-port", "KAOHE_IMAP_PORT", Integer.toString(d.mail().imap()))),
                        Integer.parseInt(pick(o, "mail-web-port", "KAOHE_MAIL_WEB_PORT",
                                Integer.toString(d.mail().web())))));
    }

    private static String pick(Map<String, String> opts, String option, String env, String fallback) {
        if (opts.containsKey(option)) {
            return opts.get(option);
        }
        String e = System.getenv(env);
        return e == null || e.isBlank() ? fallback : e;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                usage();
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                usage();
                return o;
            }
            if (!key.matches("data|pg-port|kafka-port|kafka-controller-port|s3-port|smtp-port|imap-port|mail-web-port")) {
                System.err.println("unknown option --" + key);
                usage();
            }
            o.put(key, value);
        }
        return o;
    }

    private static void usage() {
        System.err.println("usage: EnginesMain start|stop|status [--data DIR] [--pg-port N] [--kafka-port N]"
                + " [--kafka-controller-port N] [--s3-port N] [--smtp-port N] [--imap-port N] [--mail-web-port N]");
        System.exit(2);
    }
}
