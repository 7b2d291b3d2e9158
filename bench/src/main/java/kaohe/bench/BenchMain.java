package kaohe.bench;

import java.time.Duration;

/**
 * {@code ./kaohe bench [group]}: load from outside the services against the running system. Group
 * {@code indicator} (the default with {@code all}) prints the PostgreSQL insert ceiling, indicator commands
 * through the gateway, and command-to-Kafka latency.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String group = args.length > 0 ? args[0] : "all";
        String gateway = "http://127.0.0.1:" + env("KAOHE_GATEWAY_PORT", "8080");
        String jdbc = "jdbc:postgresql://127.0.0.1:" + env("KAOHE_PG_PORT", "15432") + "/indicator";
        String kafka = "127.0.0.1:" + env("KAOHE_KAFKA_PORT", "19092");
        Duration measured = Duration.ofSeconds(Long.parseLong(env("KAOHE_BENCH_SECONDS", "10")));
        if (group.equals("all") || group.equals("indicator")) {
            new PgInsertBench(jdbc).run(measured);
            new IndicatorCommandBench(gateway, kafka).run(Duration.ofSeconds(20), measured);
        }
        System.exit(0);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
