package kaohe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the engines keep their data and which ports they listen on (always 127.0.0.1).
 * Everything an engine writes (data, unpacked binaries, logs, pid files) stays under {@code dataDir}.
 */
public record EngineConfig(Path dataDir, int postgresPort, int kafkaPort, int kafkaControllerPort,
        int s3Port, MailPorts mail, List<String> databases, List<String> topics, String bucket,
        String s3AccessKey, String s3SecretKey) {

    /** The mail server's SMTP (where services send), IMAP and web (where a person reads what arrived). */
    public record MailPorts(int smtp, int imap, int web) {
    }

    public EngineConfig {
        // Absolute: the path is also how we recognise our own processes by their command line.
        dataDir = dataDir.toAbsolutePath().normalize();
        databases = List.copyOf(databases);
        topics = List.copyOf(topics);
    }

    public static EngineConfig defaults(Path dataDir) {
        return new EngineConfig(dataDir, 15432, 19092, 19093, 19000, new MailPorts(3025, 3143, 3080),
                List.of("indicator", "ledger", "evidence", "scoring", "identity", "supervision"),
                List.of("kaohe.indicator", "kaohe.ledger", "kaohe.evidence", "kaohe.scoring", "kaohe.identity",
                        "kaohe.supervision", KafkaEngine.CHAIN_TOPIC),
                "kaohe-evidence", "kaohe", "kaohe-secret-key");
    }

    /** The same config on seven free ephemeral ports (for tests that must not collide with anything). */
    public EngineConfig withFreePorts() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // Hold all seven open at once so that we never get the same port twice.
            for (int i = 0; i < 7; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return withPorts(sockets.get(0).getLocalPort(), sockets.get(1).getLocalPort(),
                    sockets.get(2).getLocalPort(), sockets.get(3).getLocalPort())
                    .withMail(new MailPorts(sockets.get(4).getLocalPort(), sockets.get(5).getLocalPort(),
                            sockets.get(6).getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket cannot matter
                }
            }
        }
    }

    public EngineConfig withPorts(int postgres, int kafka, int kafkaController, int s3) {
        return new EngineConfig(dataDir, postgres, kafka, kafkaController, s3, mail, databases, topics, bucket,
                s3AccessKey, s3SecretKey);
    }

    public EngineConfig withMail(MailPorts ports) {
        return new EngineConfig(dataDir, postgresPort, kafkaPort, kafkaControllerPort, s3Port, ports, databases,
                topics, bucket, s3AccessKey, s3SecretKey);
    }

    Path logs() {
        return dataDir.resolve("logs");
    }

    Path pids() {
        return dataDir.resolve("pids");
    }

    Path conf() {
        return dataDir.resolve("config");
    }
}
