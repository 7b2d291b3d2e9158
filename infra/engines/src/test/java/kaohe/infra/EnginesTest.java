package kaohe.infra;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

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
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path dir = Files.createTempDirectory(target, "engines-test-");
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
            minio.putObject(PutObjectArgs.builder().bucket(config.bucket()).object(OBJECT)
                    .stream(new ByteArrayInputStream(CONTENT), CONTENT.length, -1).contentType("text/plain").build());
            assertArrayEquals(CONTENT, get(minio, config.bucket()));
            // The bucket is private: an unsigned request must not read it.
            assertEquals(403, anonymousGet(engines.s3Endpoint() + "/" + config.bucket() + "/" + OBJECT));

            for (String name : List.of("postgres", "kafka", "s3proxy")) {
                pids.add(Long.parseLong(Files.readString(dir.resolve("pids/" + name + ".pid")).trim()));
            }
            closing = System.nanoTime();
        }
        System.out.printf("close(): %d ms%n", (System.nanoTime() - closing) / 1_000_000);

        for (int port : List.of(config.postgresPort(), config.kafkaPort(), config.kafkaControllerPort(), config.s3Port())) {
            assertTrue(free(port), "port " + port + " still in use after close()");
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still alive");
        }

        long t1 = System.nanoTime();
        try (Engines engines = Engines.start(config)) {
            report("restart on the same data", t1, engines);
            assertEquals(42, queryInt(engines, "ledger", "select id from kept"));
            assertArrayEquals(CONTENT, get(minio(engines), config.bucket()));
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap());
            try (Admin admin = Admin.create(p)) {
                assertTrue(admin.listTopics().names().get().containsAll(config.topics()));
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

    private static void roundTrip(String bootstrap, String topic) {
        String key = UUID.randomUUID().toString();
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
            producer.send(new ProducerRecord<>(topic, key, "{\"hello\":\"kaohe\"}")).get();
        } catch (Exception e) {
            throw new AssertionError("produce failed", e);
        }
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "engines-test-" + key);
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("record not consumed from " + topic + " within 60 s");
    }

    private static MinioClient minio(Engines engines) {
        return MinioClient.builder().endpoint(engines.s3Endpoint()).region("us-east-1")
                .credentials(engines.config().s3AccessKey(), engines.config().s3SecretKey()).build();
    }

    private static byte[] get(MinioClient minio, String bucket) throws Exception {
        try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(bucket).object(OBJECT).build())) {
            return in.readAllBytes();
        }
    }

    private static int anonymousGet(String url) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Connection connect(Engines engines, String db) throws Exception {
        return DriverManager.getConnection(engines.jdbcUrl(db), engines.postgresUser(), engines.postgresPassword());
    }

    private static int queryInt(Engines engines, String db, String sql) throws Exception {
        return Integer.parseInt(queryString(engines, db, sql));
    }

    private static String queryString(Engines engines, String db, String sql) throws Exception {
        try (Connection c = connect(engines, db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private static void execute(Engines engines, String db, String sql) throws Exception {
        try (Connection c = connect(engines, db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
