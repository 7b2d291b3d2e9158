package kaohe.testengines;

import kaohe.infra.EngineConfig;
import kaohe.infra.Engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real engines of a test JVM, started once and shared by every integration test in it: by default the
 * engines of {@code infra} (real PostgreSQL, a KRaft broker JVM, s3proxy), without Docker; with
 * {@code -Dkaohe.engines=containers}, Testcontainers on a machine that has a Docker engine.
 */
public final class TestEngines {

    private static EngineEndpoints endpoints;
    private static Path chainKeys;

    private TestEngines() {
    }

    public static synchronized EngineEndpoints get() {
        if (endpoints == null) {
            endpoints = "containers".equals(System.getProperty("kaohe.engines"))
                    ? ContainerEngines.start()
                    : local();
        }
        return endpoints;
    }

    /**
     * The chain signing key file of a database, one per database for the whole test JVM: every Spring context on
     * that database signs with it, as every instance of a service shares its key file in production.
     */
    public static synchronized String chainKeyFile(String database) {
        if (chainKeys == null) {
            chainKeys = newDirectory("keys-");
        }
        return chainKeys.resolve(database + ".key").toString();
    }

    private static Path newDirectory(String prefix) {
        try {
            Path root = Path.of(System.getProperty("kaohe.root", "."));
            Path base = Files.createDirectories(root.resolve("target").resolve("test-engines"));
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM runs its shutdown hooks at once: the services' Spring contexts must close before their engines stop,
     * or a Kafka producer facing a dead broker waits out its 30 s close timeout and Surefire kills the fork.
     */
    private static void awaitSpringShutdown() {
        long giveUp = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        try {
            while (System.nanoTime() < giveUp) {
                var hooks = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> thread.getName().startsWith("Spring")
                                && thread.getName().endsWith("ShutdownHook"))
                        .toList();
                if (!hooks.isEmpty()) {
                    for (Thread hook : hooks) {
                        hook.join(Duration.ofSeconds(60).toMillis());
                    }
                    return;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static EngineEndpoints local() {
        Path dataDir = newDirectory("run-");
        Engines engines = Engines.start(EngineConfig.defaults(dataDir).withFreePorts());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitSpringShutdown();
            engines.close();
        }, "test-engines-stop"));
        var config = engines.config();
        return new EngineEndpoints() {
            public String jdbcUrl(String database) {
                return engines.jdbcUrl(database);
            }

            public String postgresUser() {
                return engines.postgresUser();
            }

            public String postgresPassword() {
                return engines.postgresPassword();
            }

            public String kafkaBootstrap() {
                return engines.kafkaBootstrap();
            }

            public String s3Endpoint() {
                return engines.s3Endpoint();
            }

            public String s3AccessKey() {
                return config.s3AccessKey();
            }

            public String s3SecretKey() {
                return config.s3SecretKey();
            }

            public String bucket() {
                return config.bucket();
            }

            public String smtpHost() {
                return engines.smtpHost();
            }

            public int smtpPort() {
                return engines.smtpPort();
            }

            public String mailWeb() {
                return engines.mailWeb();
            }
        };
    }
}
