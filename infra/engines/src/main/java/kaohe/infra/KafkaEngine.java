package kaohe.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft broker (Kafka 3.9.1) as its own JVM on the class path gathered by {@code infra/kafka-broker}.
 * Returns only when the broker answers and every requested topic exists with a leader: consumers that start
 * before their topic exists get their first events 10+ s late.
 */
final class KafkaEngine implements Engine {

    /** Where every service publishes its event chain's checkpoints (platform's CheckpointLog). */
    static final String CHAIN_TOPIC = "kaohe.chain";
    static final String NAME = "kafka";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final ChildProcess process;
    private final String bootstrap;

    private KafkaEngine(ChildProcess process, String bootstrap) {
        this.process = process;
        this.bootstrap = bootstrap;
    }

    static KafkaEngine start(EngineConfig config, Path libDir) throws IOException, InterruptedException {
        Path logDirs = config.dataDir().resolve("kafka");
        Path log = config.logs().resolve("kafka.log");
        Path props = config.conf().resolve("kafka.properties");
        Path log4j = config.conf().resolve("kafka-log4j.properties");
        Files.createDirectories(logDirs);
        Files.createDirectories(config.conf());
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), NAME), config.dataDir().toString(), "TERM");
        ChildProcess.rotate(log);

        Files.writeString(props, serverProperties(config, logDirs));
        Files.writeString(log4j, LOG4J);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = libDir.resolve("*").toString();

        // KRaft storage is formatted once; meta.properties marks a formatted log dir.
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            ChildProcess.run("kafka storage format", List.of(java, "-Xmx256m",
                    "-Dlog4j.configuration=file:" + log4j, "-cp", cp, "kafka.tools.StorageTool",
                    "format", "--ignore-formatted", "-t", clusterId(config), "-c", props.toString()),
                    config, log, Duration.ofSeconds(90));
        }

        // One small broker: a heap that grows as needed and the serial collector instead of 512 MB of G1 taken
        // at once (its regions and remembered sets): less resident memory, for no pause that matters here.
        ChildProcess child = ChildProcess.startJava(NAME, List.of("-Xms64m", "-Xmx384m",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dkafka.logs.dir=" + config.logs().resolve("kafka-server"),
                "-Dlog4j.configuration=file:" + log4j), libDir, List.of("kafka.Kafka", props.toString()), config, log);
        KafkaEngine engine = new KafkaEngine(child, "127.0.0.1:" + config.kafkaPort());
        try {
            engine.awaitReady(config);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    private void awaitReady(EngineConfig config) {
        process.await("listener on port " + config.kafkaPort(), READY_TIMEOUT, () -> portOpen(config.kafkaPort()));
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin admin = Admin.create(p)) {
            process.await("answer to describeCluster", READY_TIMEOUT, () -> {
                try {
                    return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
                } catch (Exception e) {
                    return false;
                }
            });
            createTopics(admin, config.topics());
            process.await("leaders for topics " + config.topics(), READY_TIMEOUT,
                    () -> allHaveLeaders(admin, config.topics()));
        }
    }

    private static void createTopics(Admin admin, List<String> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : topics) {
                if (!existing.contains(t)) {
                    var topic = new NewTopic(t, 3, (short) 1);
                    // the chains' published checkpoints are the copy kept outside the databases: never expired
                    missing.add(t.equals(CHAIN_TOPIC) ? topic.configs(Map.of("retention.ms", "-1")) : topic);
                }
            }
            for (var f : admin.createTopics(missing).values().values()) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("kafka: could not create topics " + topics + ": " + e, e);
        }
    }

    private static boolean allHaveLeaders(Admin admin, List<String> topics) {
        if (topics.isEmpty()) {
            return true;
        }
        try {
            Map<String, TopicDescription> d = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
            return d.values().stream().flatMap(t -> t.partitions().stream())
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (Exception e) {
            return false;
        }
    }

    private static String serverProperties(EngineConfig c, Path logDirs) {
        return String.join("\n",
                "# written by kaohe.infra.KafkaEngine on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + c.kafkaControllerPort(),
                "listeners=PLAINTEXT://127.0.0.1:" + c.kafkaPort() + ",CONTROLLER://127.0.0.1:" + c.kafkaControllerPort(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + c.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirs,
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                // 50 offsets partitions (the default) make the first consumer group wait seconds on a small box
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=4",
                // the log cleaner (compacting __consumer_offsets) keeps its key map on the heap, 128 MB by default,
                // live for the broker's life (measured: 148 MB of byte[] in a heap of 157 MB live); 8 MB maps
                // ~330,000 keys per pass, where a local run's offsets topic holds a few hundred
                "log.cleaner.dedupe.buffer.size=8388608",
                "")
                ;
    }

    /** A cluster id generated once and kept, so a re-format (after deleting the log dir) stays consistent. */
    private static String clusterId(EngineConfig config) throws IOException {
        Path file = config.conf().resolve("kafka-cluster-id");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n");
        return id;
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String exitCode() {
        return process.exitCode();
    }

    @Override
    public void close() {
        process.stop();
    }

    /** Everything to stdout (our log file); the request logger is too chatty for a dev box. */
    private static final String LOG4J = String.join("\n",
            "log4j.rootLogger=INFO, stdout",
            "log4j.appender.stdout=org.apache.log4j.ConsoleAppender",
            "log4j.appender.stdout.layout=org.apache.log4j.PatternLayout",
            "log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n",
            "log4j.logger.kafka.request.logger=WARN",
            "log4j.logger.kafka.network.RequestChannel$=WARN",
            "log4j.logger.state.change.logger=WARN",
            "log4j.logger.org.apache.kafka.clients=WARN",
            "");
}
