package kaohe.bench.chaos;

import java.nio.file.Path;

/**
 * Where the running system is, from the same environment {@code ./kaohe} reads (ports, {@code KAOHE_DATA}); every
 * address is this machine's loopback.
 */
record ChaosEnv(Path data, int gatewayPort, int identityPort, int pgPort, int kafkaPort, int s3Port) {

    static ChaosEnv fromEnvironment() {
        Path root = Path.of(System.getProperty("kaohe.root", ".")).toAbsolutePath().normalize();
        return new ChaosEnv(Path.of(env("KAOHE_DATA", root.resolve(".kaohe/data").toString())),
                port("KAOHE_GATEWAY_PORT", 8080), port("KAOHE_IDENTITY_PORT", 8085), port("KAOHE_PG_PORT", 15432),
                port("KAOHE_KAFKA_PORT", 19092), port("KAOHE_S3_PORT", 19000));
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String identity() {
        return "http://127.0.0.1:" + identityPort;
    }

    String jdbc(String database) {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + database;
    }

    String kafka() {
        return "127.0.0.1:" + kafkaPort;
    }

    /**
     * The HTTP port of a process the supervisor knows by {@code name} ({@code indicator}, {@code indicator-2},
     * {@code gateway} …): the service's port, the second instance's {@code KAOHE_<SERVICE>_PORT_2} or that + 100.
     */
    static int httpPort(String name) {
        boolean second = name.endsWith("-2");
        String service = second ? name.substring(0, name.length() - 2) : name;
        int first = switch (service) {
            case "gateway" -> port("KAOHE_GATEWAY_PORT", 8080);
            case "indicator" -> port("KAOHE_INDICATOR_PORT", 8081);
            case "ledger" -> port("KAOHE_LEDGER_PORT", 8082);
            case "evidence" -> port("KAOHE_EVIDENCE_PORT", 8083);
            case "scoring" -> port("KAOHE_SCORING_PORT", 8084);
            case "identity" -> port("KAOHE_IDENTITY_PORT", 8085);
            case "supervision" -> port("KAOHE_SUPERVISION_PORT", 8086);
            default -> throw new IllegalArgumentException("no HTTP port for " + name);
        };
        return second ? port("KAOHE_" + service.toUpperCase() + "_PORT_2", first + 100) : first;
    }

    /** The port an engine listens on: {@code postgres}, {@code kafka}, {@code s3proxy}. */
    int enginePort(String name) {
        return switch (name) {
            case "postgres" -> pgPort;
            case "kafka" -> kafkaPort;
            case "s3proxy" -> s3Port;
            default -> throw new IllegalArgumentException("not an engine: " + name);
        };
    }

    static int port(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
