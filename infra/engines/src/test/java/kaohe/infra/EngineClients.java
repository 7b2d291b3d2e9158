package kaohe.infra;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain clients of the engines for the tests: a record to Kafka and back, an object, a SQL statement. */
final class EngineClients {
    private EngineClients() {
    }

    static Path newDataDir(String prefix) throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        return Files.createTempDirectory(target, prefix);
    }

    /** Sends one record with a fresh key and returns the key once the broker acknowledged it. */
    static String produce(String bootstrap, String topic) {
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
        return key;
    }

    /** Reads {@code topic} from the beginning in a new group until the record with {@code key} shows up. */
    static void consume(String bootstrap, String topic, String key) {
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "engines-test-" + UUID.randomUUID());
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
        throw new AssertionError("record " + key + " not consumed from " + topic + " within 60 s");
    }

    static void roundTrip(String bootstrap, String topic) {
        consume(bootstrap, topic, produce(bootstrap, topic));
    }

    static MinioClient minio(Engines engines) {
        return MinioClient.builder().endpoint(engines.s3Endpoint()).region("us-east-1")
                .credentials(engines.config().s3AccessKey(), engines.config().s3SecretKey()).build();
    }

    static void put(MinioClient minio, String bucket, String object, byte[] content) throws Exception {
        minio.putObject(PutObjectArgs.builder().bucket(bucket).object(object)
                .stream(new ByteArrayInputStream(content), content.length, -1).contentType("text/plain").build());
    }

    static byte[] get(MinioClient minio, String bucket, String object) throws Exception {
        try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(bucket).object(object).build())) {
            return in.readAllBytes();
        }
    }

    static Connection connect(Engines engines, String db) throws Exception {
        return DriverManager.getConnection(engines.jdbcUrl(db), engines.postgresUser(), engines.postgresPassword());
    }

    static int queryInt(Engines engines, String db, String sql) throws Exception {
        return Integer.parseInt(queryString(engines, db, sql));
    }

    static String queryString(Engines engines, String db, String sql) throws Exception {
        try (Connection c = connect(engines, db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    static void execute(Engines engines, String db, String sql) throws Exception {
        try (Connection c = connect(engines, db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** One plain SMTP conversation, as any client has it: the server must answer each step with its 2xx/3xx. */
    static void sendMail(int smtpPort, String from, String to, String subject, String body) throws IOException {
        try (var socket = new Socket("127.0.0.1", smtpPort);
             var in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.US_ASCII));
             var out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(),
                     StandardCharsets.US_ASCII), true)) {
            socket.setSoTimeout(10_000);
            expect(in, "220");
            for (String[] step : new String[][] {{"HELO kaohe-test", "250"}, {"MAIL FROM:<" + from + ">", "250"},
                    {"RCPT TO:<" + to + ">", "250"}, {"DATA", "354"},
                    {"Subject: " + subject + "\r\nFrom: " + from + "\r\nTo: " + to + "\r\n\r\n" + body + "\r\n.", "250"},
                    {"QUIT", "221"}}) {
                out.print(step[0] + "\r\n");
                out.flush();
                expect(in, step[1]);
            }
        }
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.length() > 3 && line.charAt(3) == '-'); // a multi-line reply's last line counts
        if (line == null || !line.startsWith(code)) {
            throw new IOException("SMTP answered " + line + ", expected " + code);
        }
    }

    /** What the mail server's web API lists for {@code address} (JSON). */
    static String mailbox(Engines engines, String address) throws Exception {
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(
                URI.create(engines.mailWeb() + "/api/user/" + address + "/messages/INBOX")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
