package kaohe.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpTimeoutException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rebuild of every scoring projection from a synthetic history of {@link ScoringHistory#EVENTS} events, beside
 * the keyset read of the same table. The history never enters the running system's {@code scoring} database: a
 * database {@code scoring_bench} on the same PostgreSQL gets it, and a second scoring-service JVM
 * ({@link BenchInstance}, consuming nothing) serves it — first started once so its migrations create the
 * tables, then, with the history COPYed in, started again (it folds everything at start-up), queried
 * ({@link ScoringQueryBench}) and asked for a rebuild. The instance and the database are removed whatever happens.
 */
final class ScoringRebuildBench {

    private static final String DATABASE = "scoring_bench";
    private static final Pattern FOLDED = Pattern.compile(
            "scoring: (\\d+) stored events folded and every projection computed in (\\d+) ms");

    private static final Duration STALLED = Duration.ofMinutes(5);

    private final String postgres;
    private final BenchTokens tokens;
    private final String jvmOptions;
    private final BenchInstance instance;

    /** {@code postgres} is the server's JDBC URL without a database. */
    ScoringRebuildBench(String postgres, BenchTokens tokens, Path jar, String jvmOptions, String root, int port,
                        Path log) {
        this.postgres = postgres;
        this.tokens = tokens;
        this.jvmOptions = jvmOptions;
        this.instance = new BenchInstance("scoring", jar, jvmOptions, root, postgres + "/" + DATABASE, port,
                "KAOHE_SCORING_BENCH_PORT", log, List.of("--kaohe.scoring.consume=false"));
    }

    void run(Duration warmUp, Duration measured) throws Exception {
        BenchDatabases.recreate(postgres, DATABASE);
        try (instance) {
            instance.start();
            instance.stop();
            long began = System.nanoTime();
            long events = new ScoringHistory().load(postgres + "/" + DATABASE);
            try (Connection connection = BenchDatabases.connect(postgres, DATABASE)) {
                // what a long-running table would be: statistics gathered, hint bits set, not left to the first reader
                connection.createStatement().execute("VACUUM ANALYZE consumed_event");
            }
            System.out.printf("# scoring.rebuild: %d synthetic events (plan %s, %d departments) COPYed into %s in "
                    + "%.1f s%n", events, ScoringHistory.PLAN, ScoringHistory.DEPARTMENTS.size(), DATABASE,
                    (System.nanoTime() - began) / 1e9);

            Duration startup = instance.start();
            System.out.printf("# scoring.rebuild: the bench instance (port %s, %s) was healthy %.1f s after its "
                    + "launch; its start-up fold and projections: %s%n", instance.baseUrl().replaceAll(".*:", ""),
                    jvmOptions, startup.toNanos() / 1e9, startupFold().orElse("not found in its log"));
            var http = new BenchHttp(instance.baseUrl(), tokens);
            int ranked = http.json(http.send("GET", "/api/scoring/plans/" + ScoringHistory.PLAN + "/ranking?period="
                    + ScoringHistory.YEAR, null, null)).size();
            if (ranked != ScoringHistory.DEPARTMENTS.size()) {
                throw new IllegalStateException("the synthetic plan's ranking lists " + ranked + " departments, not "
                        + ScoringHistory.DEPARTMENTS.size());
            }
            new ScoringQueryBench(http, ScoringHistory.PLAN, ScoringHistory.DEPARTMENTS, ScoringHistory.YEAR)
                    .run(warmUp, measured);

            new PgKeysetBench(postgres + "/" + DATABASE).run();
            rebuild(http);
        } finally {
            BenchDatabases.drop(postgres, DATABASE);
        }
    }

    /** POSTs a rebuild and polls it to its end; the rate is its events over its own start-to-finish time. */
    private void rebuild(BenchHttp http) throws Exception {
        JsonNode run = http.json(http.send("POST", "/api/scoring/rebuilds", null, null));
        String path = "/api/scoring/rebuilds/" + run.path("id").asText();
        long lastDone = -1;
        long lastMove = System.nanoTime();
        while (run.path("state").asText().equals("RUNNING")) {
            if (run.path("eventsDone").asLong() != lastDone) {
                lastDone = run.path("eventsDone").asLong();
                lastMove = System.nanoTime();
            } else if (System.nanoTime() - lastMove > STALLED.toNanos()) {
                throw new IllegalStateException("the rebuild is RUNNING but has not moved from " + lastDone
                        + " events in " + STALLED.toMinutes() + " min");
            }
            Thread.sleep(200);
            try {
                run = http.json(http.send("GET", path, null, null));
            } catch (HttpTimeoutException busy) {
                // an instance short of heap answers nothing for long collections: only a stall ends the wait
            }
        }
        if (run.path("state").asText().equals("FAILED")) {
            throw new IllegalStateException("the rebuild failed: " + run.path("failure").asText());
        }
        double seconds = Duration.between(Instant.parse(run.path("startedAt").asText()),
                Instant.parse(run.path("finishedAt").asText())).toNanos() / 1e9;
        long events = run.path("eventsDone").asLong();
        JsonNode report = run.path("report");
        if (!run.path("state").asText().equals("VERIFIED")) {
            System.out.println("# scoring.rebuild ended " + run.path("state").asText() + ": "
                    + run.path("differences").asInt() + " differences " + report.path("differencesShown"));
        }
        Figures.print("scoring.rebuild.per_s", events / seconds, "events/s");
        System.out.printf("# scoring.rebuild: %s, %d events in %.1f s; the fold alone %.0f events/s (%d ms), "
                        + "consumption paused %d ms, %d scorecards%n", run.path("state").asText(), events, seconds,
                run.path("eventsPerSecond").asDouble(), report.path("foldMillis").asLong(),
                report.path("pausedMillis").asLong(), run.path("scorecards").asInt());
    }

    /** What the instance logged of its start-up fold: "1000000 events in 41230 ms", if it did. */
    private Optional<String> startupFold() throws IOException {
        var matcher = FOLDED.matcher(Files.readString(instance.log()));
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1) + " events in " + matcher.group(2) + " ms";
        }
        return Optional.ofNullable(last);
    }
}
