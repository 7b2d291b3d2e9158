package kaohe.testengines;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The same engines as containers, for machines with a Docker engine. Not the default: none runs here, and
 * asking for containers without Docker fails loudly rather than skipping tests.
 */
final class ContainerEngines {

    private static final List<String> DATABASES = List.of("indicator", "ledger", "evidence", "scoring", "supervision",
            "identity");
    private static final List<String> TOPICS = List.of("kaohe.indicator", "kaohe.ledger", "kaohe.evidence",
            "kaohe.scoring", "kaohe.identity", "kaohe.supervision", "kaohe.chain");

    private ContainerEngines() {
    }

    static EngineEndpoints start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-Dkaohe.engines=containers needs a Docker engine; this machine has none");
        }
        var postgres = new PostgreSQLContainer<>("postgres:16-alpine");
        var kafka = new KafkaContainer("apache/kafka:3.9.1");
        var minio = new MinIOContainer("minio/minio:RELEASE.2025-09-07T16-13-09Z");
        postgres.start();
        kafka.start();
        var mail = new GenericContainer<>("greenmail/standalone:2.1.5").withExposedPorts(3025, 8080);
        minio.start();
        mail.start();
        createDatabases(postgres);
        createTopics(kafka.getBootstrapServers());
        return new EngineEndpoints() {
            public String jdbcUrl(String database) {
                return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/" + database;
            }

            public String postgresUser() {
                return postgres.getUsername();
            }

            public String postgresPassword() {
                return postgres.getPassword();
            }

            public String kafkaBootstrap() {
                return kafka.getBootstrapServers();
            }

            public String s3Endpoint() {
                return minio.getS3URL();
            }

            public String s3AccessKey() {
                return minio.getUserName();
            }

            public String s3SecretKey() {
                return minio.getPassword();
            }

            public String bucket() {
                return "kaohe-evidence";
            }

            public String smtpHost() {
                return mail.getHost();
            }

            public int smtpPort() {
                return mail.getMappedPort(3025);
            }

            public String mailWeb() {
                return "http://" + mail.getHost() + ":" + mail.getMappedPort(8080);
            }
        };
    }

    private static void createDatabases(PostgreSQLContainer<?> postgres) {
        try (var connection = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
                postgres.getPassword())) {
            for (String database : DATABASES) {
                connection.createStatement().execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createTopics(String bootstrap) {
        try (var admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
