package kaohe.infra;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static kaohe.infra.EngineClients.deleteRecursively;
import static kaohe.infra.EngineClients.execute;
import static kaohe.infra.EngineClients.free;
import static kaohe.infra.EngineClients.get;
import static kaohe.infra.EngineClients.mailbox;
import static kaohe.infra.EngineClients.minio;
import static kaohe.infra.EngineClients.newDataDir;
import static kaohe.infra.EngineClients.put;
import static kaohe.infra.EngineClients.queryInt;
import static kaohe.infra.EngineClients.queryString;
import static kaohe.infra.EngineClients.roundTrip;
import static kaohe.infra.EngineClients.sendMail;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the real engines on free ports, uses each, stops them, and starts them again on the same data. */
class EnginesTest {
    private static final String OBJECT = "test/hello.txt";
    private static final byte[] CONTENT = "你好 kaohe".getBytes(StandardCharsets.UTF_8);

    @Test
    void startUseStopRestartKeepsData() throws Exception {
        Path dir = newDataDir("engines-test-");
        EngineConfig config = EngineConfig.defaults(dir).withFreePorts();
        List<Long> pids = new ArrayList<>();

        long t0 = System.nanoTime();
        long closing;
        try (Engines engines = Engines.start(config)) {
            report("first start", t0, engines);
            for (String db : config.databases()) {
                assertEquals(1, queryInt(engines, db, "select 1"));
            }
            assertEquals("on", queryString(engines, "ledger", "show fsync"));
            assertEquals(200, queryInt(engines, "ledger", "show max_connections"));
            execute(engines, "ledger", "create table kept(id int primary key)");
            execute(engines, "ledger", "insert into kept values (42)");

            long k0 = System.nanoTime();
            roundTrip(engines.kafkaBootstrap(), "kaohe.ledger");
            System.out.printf("kafka produce+consume round trip: %d ms%n", (System.nanoTime() - k0) / 1_000_000);

            MinioClient minio = minio(engines);
            assertTrue(minio.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build()));
            put(minio, config.bucket(), OBJECT, CONTENT);
            assertArrayEquals(CONTENT, get(minio, config.bucket(), OBJECT));
            // The bucket is private: an unsigned request must not read it.
            assertEquals(403, anonymousGet(engines.s3Endpoint() + "/" + config.bucket() + "/" + OBJECT));

            sendMail(engines.smtpPort(), "kaohe@kaohe.local", "liaison@kaohe.local", "reminder-1", "due on 2020-08-31");
            assertTrue(mailbox(engines, "liaison@kaohe.local").contains("reminder-1"));

            for (String name : List.of("postgres", "kafka", "s3proxy", "mail")) {
                pids.add(Long.parseLong(Files.readString(dir.resolve("pids/" + name + ".pid")).trim()));
            }
            // an archive of an earlier build of the broker's class path: gone once this build's is kept
            Files.createDirectories(dir.resolve("cds"));
            Files.writeString(dir.resolve("cds/kafka-0.jsa"), "stale");
            closing = System.nanoTime();
        }
        System.out.printf("close(): %d ms%n", (System.nanoTime() - closing) / 1_000_000);

        for (int port : List.of(config.postgresPort(), config.kafkaPort(), config.kafkaControllerPort(), config.s3Port(),
                config.mail().smtp(), config.mail().imap(), config.mail().web())) {
            assertTrue(free(port), "port " + port + " still in use after close()");
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still alive");
        }

        // each engine JVM recorded its classes as it stopped on TERM; the restart maps them
        for (String name : List.of("kafka", "s3proxy", "mail")) {
            try (var files = Files.list(dir.resolve("cds"))) {
                List<String> kept = files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(name + "-"))
                        .toList();
                assertEquals(1, kept.size(), name + ": " + kept);
                assertTrue(kept.get(0).endsWith(".jsa"), name + ": " + kept);
            }
        }

        long t1 = System.nanoTime();
        try (Engines engines = Engines.start(config)) {
            report("restart on the same data", t1, engines);
            for (String name : List.of("kafka", "s3proxy", "mail")) {
                long pid = Long.parseLong(Files.readString(dir.resolve("pids/" + name + ".pid")).trim());
                String commandLine = ChildProcess.commandLine(ProcessHandle.of(pid).orElseThrow());
                assertTrue(commandLine.contains("-XX:SharedArchiveFile=" + dir.resolve("cds")), commandLine);
            }
            assertEquals(42, queryInt(engines, "ledger", "select id from kept"));
            assertArrayEquals(CONTENT, get(minio(engines), config.bucket(), OBJECT));
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap());
            try (Admin admin = Admin.create(p)) {
                assertTrue(admin.listTopics().names().get().containsAll(config.topics()));
                // the log cleaner's key map is the broker's biggest heap user unless sized down
                var broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
                assertEquals("8388608", admin.describeConfigs(List.of(broker)).all().get().get(broker)
                        .get("log.cleaner.dedupe.buffer.size").value());
            }
            roundTrip(engines.kafkaBootstrap(), "kaohe.scoring");
        }
        deleteRecursively(dir); // kept when the test fails: the logs are in <dir>/logs
    }

    private static void report(String what, long t0, Engines engines) {
        StringBuilder sb = new StringBuilder(what + ": all ready in " + (System.nanoTime() - t0) / 1_000_000 + " ms;");
        for (Map.Entry<String, Duration> e : engines.startupTimes().entrySet()) {
            sb.append(' ').append(e.getKey()).append(' ').append(e.getValue().toMillis()).append(" ms");
        }
        System.out.println(sb);
    }

    private static int anonymousGet(String url) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
