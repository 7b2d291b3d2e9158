package kaohe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./kaohe bench [group]}: load from outside the services against the running system. The PostgreSQL
 * insert ceiling comes first, once per run, for the groups compared with it. Group {@code indicator}: the ceiling
 * from 1 and 8 clients, indicator commands through the gateway and command-to-Kafka latency, the CPU of every Kaohe
 * process per command in the 8-client run ({@code cmd.cpu_ms}, {@link ProcessCpu}), then the same act on the CRUD peer
 * through the gateway and straight ({@code crud.update.*}, {@code crud.cpu_ms}, {@link CrudPeerBench}). Group
 * {@code ledger}: the ceiling from 8 clients, ledger progress commands from 8 and 32 clients (CPU per command of
 * every process in the 32-client run, {@code ledger.cpu_ms}), and one bureau's
 * year of ledgers generated through the API. Group {@code evidence} (no PostgreSQL ceiling): evidence uploads of 100 KB and 5 MB
 * files from 1 and 4 clients through the gateway, each beside its ceiling (the same PUTs straight to the object
 * store), and the evidence service's heap per upload in flight. Group {@code scoring} (no insert ceiling): the lag
 * from a ledger progress command through the gateway to scoring's record of its event, paced at half the rate the
 * ledger sustains (that rate measured first, in the same run); then, on a synthetic year of 1,000,000 events in a
 * database {@code scoring_bench} served by a second scoring-service JVM (the running system's {@code scoring}
 * database never sees them), ranking and scorecard queries straight to that instance, the keyset read of its
 * event table (the ceiling) and a rebuild of every projection from it. Group {@code gateway}: one authenticated read with a bearer token through the gateway and straight to
 * the service, side by side. Group {@code reminders}: one day's sweep of a city-sized plan and the delivery of its
 * e-mails, on a second supervision-service JVM with a database of its own ({@link ReminderBench}). {@code all}
 * runs every group. A bench that
 * stops prints why as a {@code #} line; the others still run.
 */
public final class BenchMain {

    private static final String SEED = "indicator-service/src/test/resources/importing/decomposition-2020.txt";
    private static final String SHARED_SEED = "../shared/seed/000_136053695d85f99e.txt";
    /** What {@code ./kaohe} starts every service with unless {@code KAOHE_JAVA_OPTS} says otherwise. */
    private static final String SERVICE_JAVA_OPTS = "-Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private BenchMain() {
    }

    private interface Bench {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String group = args.length > 0 ? args[0] : "all";
        boolean indicator = group.equals("all") || group.equals("indicator");
        boolean ledger = group.equals("all") || group.equals("ledger");
        boolean evidence = group.equals("all") || group.equals("evidence");
        boolean scoring = group.equals("all") || group.equals("scoring");
        boolean gatewayAuth = group.equals("all") || group.equals("gateway");
        boolean reminders = group.equals("all") || group.equals("reminders");
        if (!indicator && !ledger && !evidence && !scoring && !gatewayAuth && !reminders) {
            System.err.println("unknown group " + group
                    + ": all, indicator, ledger, evidence, scoring, gateway or reminders");
            System.exit(2);
        }
        String gateway = "http://127.0.0.1:" + env("KAOHE_GATEWAY_PORT", "8080");
        String postgres = "jdbc:postgresql://127.0.0.1:" + env("KAOHE_PG_PORT", "15432");
        String kafka = "127.0.0.1:" + env("KAOHE_KAFKA_PORT", "19092");
        Duration measured = Duration.ofSeconds(Long.parseLong(env("KAOHE_BENCH_SECONDS", "10")));
        Duration warmUp = Duration.ofSeconds(20);
        var tokens = new BenchTokens("http://127.0.0.1:" + env("KAOHE_IDENTITY_PORT", "8085"));
        var http = new BenchHttp(gateway, tokens);

        Path root = Path.of(System.getProperty("kaohe.root", "."));
        Path data = Path.of(env("KAOHE_DATA", root.resolve(".kaohe/data").toString()));
        ProcessCpu cpu = indicator || ledger ? processCpu(data.resolve("pids")) : null;
        boolean ok = true;
        if (indicator || ledger) {
            ok &= attempt("pg.insert", () -> new PgInsertBench(postgres + "/indicator")
                    .run(measured, indicator ? new int[] {1, 8} : new int[] {8}));
        }
        if (indicator) {
            ok &= attempt("indicator", () -> new IndicatorCommandBench(http, kafka, cpu).run(warmUp, measured));
            ok &= attempt("crud.update", () -> new CrudPeerBench(http, tokens, postgres,
                    root.resolve("bench-crud-peer/target/bench-crud-peer-0.1.0-SNAPSHOT-exec.jar"),
                    env("KAOHE_JAVA_OPTS", SERVICE_JAVA_OPTS), root.toAbsolutePath().toString(),
                    Integer.parseInt(env("KAOHE_CRUD_PEER_PORT", "8097")), data.resolve("logs/crud-peer.log"),
                    cpu).run(warmUp, measured));
        }
        if (ledger) {
            ok &= attempt("ledger.progress", () -> new LedgerProgressBench(http, cpu).run(warmUp, measured));
            ok &= attempt("ledger.year", () -> new LedgerYearBench(http, postgres + "/ledger", seed()).run());
        }
        if (evidence) {
            String s3 = "http://127.0.0.1:" + env("KAOHE_S3_PORT", "19000");
            String metrics = "http://127.0.0.1:" + env("KAOHE_EVIDENCE_PORT", "8083") + "/actuator/prometheus";
            ok &= attempt("evidence", () -> new EvidenceUploadBench(http, s3, env("KAOHE_S3_ACCESS_KEY", "kaohe"),
                    env("KAOHE_S3_SECRET_KEY", "kaohe-secret-key"), metrics).run(Duration.ofSeconds(12), measured));
        }
        if (gatewayAuth) {
            // 30 s of warm-up each: the gateway's C2 compilation is still settling after 10 s on two cores
            ok &= attempt("gateway.auth", () -> new GatewayAuthBench(gateway,
                    "http://127.0.0.1:" + env("KAOHE_SCORING_PORT", "8084"), tokens).run(Duration.ofSeconds(30),
                    measured));
        }
        if (scoring) {
            ok &= attempt("scoring.lag", () -> new ScoringLagBench(http, postgres + "/scoring")
                    .run(warmUp, measured, Duration.ofSeconds(20)));
            ok &= attempt("scoring.rebuild", () -> new ScoringRebuildBench(postgres, tokens,
                    root.resolve("scoring-service/target/scoring-service-0.1.0-SNAPSHOT-exec.jar"),
                    scoringBenchJavaOptions(), root.toAbsolutePath().toString(),
                    Integer.parseInt(env("KAOHE_SCORING_BENCH_PORT", "8094")),
                    data.resolve("logs/scoring-bench.log")).run(Duration.ofSeconds(10), measured));
        }
        if (reminders) {
            ok &= attempt("reminders", () -> new ReminderBench(postgres, tokens,
                    root.resolve("supervision-service/target/supervision-service-0.1.0-SNAPSHOT-exec.jar"),
                    env("KAOHE_JAVA_OPTS", SERVICE_JAVA_OPTS), root.toAbsolutePath().toString(),
                    Integer.parseInt(env("KAOHE_SUPERVISION_BENCH_PORT", "8096")),
                    data.resolve("logs/supervision-bench.log")).run());
        }
        System.exit(ok ? 0 : 1);
    }

    /**
     * {@code KAOHE_SCORING_BENCH_JAVA_OPTS}, else the options {@code ./kaohe} starts scoring-service with
     * ({@code KAOHE_SCORING_JAVA_OPTS}, which it exports), else the other services' options.
     */
    private static String scoringBenchJavaOptions() {
        return env("KAOHE_SCORING_BENCH_JAVA_OPTS", env("KAOHE_SCORING_JAVA_OPTS",
                env("KAOHE_JAVA_OPTS", SERVICE_JAVA_OPTS)));
    }

    /** The Kaohe processes' CPU from their pid files, or null (and a note why) where there is none to read. */
    private static ProcessCpu processCpu(Path pids) {
        ProcessCpu cpu = ProcessCpu.of(pids);
        if (cpu.available()) {
            return cpu;
        }
        System.out.println("# no pid files in " + pids + " (or no /proc): no cmd.cpu_ms, crud.cpu_ms, ledger.cpu_ms");
        return null;
    }

    private static boolean attempt(String name, Bench bench) {
        try {
            bench.run();
            return true;
        } catch (Exception e) {
            System.out.println("# " + name + " stopped: " + e);
            System.out.flush();
            e.printStackTrace();
            return false;
        }
    }

    /**
     * The decomposition table the year imports: {@code KAOHE_BENCH_SEED}, else the seed's copy in the repository
     * (root from {@code -Dkaohe.root}, as bench.sh passes it), else the shared seed beside the repository.
     */
    private static Path seed() {
        String given = env("KAOHE_BENCH_SEED", "");
        if (!given.isEmpty()) {
            return Path.of(given);
        }
        Path root = Path.of(System.getProperty("kaohe.root", "."));
        Path inRepository = root.resolve(SEED);
        return Files.isReadable(inRepository) ? inRepository : root.resolve(SHARED_SEED);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
