package kaohe.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.bench.BenchHttp;

import java.time.Duration;
import java.util.Map;

/**
 * Scoring's projections rebuilt from its stored events and compared with the live ones, as the office (what
 * {@code ./kaohe rebuild} does): started, then polled to its verdict.
 */
final class ScoringRebuild {

    /** The verdict: {@code VERIFIED}, {@code DIFFERED}, {@code FAILED} …, or why there was none. */
    record Verdict(String state, long differences, String detail) {

        boolean verified() {
            return state.equals("VERIFIED");
        }
    }

    private static final String PATH = "/api/scoring/rebuilds";

    private final BenchHttp http;

    ScoringRebuild(BenchHttp http) {
        this.http = http;
    }

    Verdict run(Duration limit) throws Exception {
        var started = http.sendRaw("POST", PATH, Map.of(), null);
        if (!BenchHttp.succeeded(started)) {
            return new Verdict("NOT_STARTED", 0, started.statusCode() + " " + started.body());
        }
        String id = http.json(started).path("id").asText();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            var polled = http.sendRaw("GET", PATH + "/" + id, Map.of(), null);
            if (BenchHttp.succeeded(polled)) {
                JsonNode run = http.json(polled);
                String state = run.path("state").asText();
                if (!state.equals("RUNNING")) {
                    return new Verdict(state, run.path("differences").asLong(0),
                            run.path("report").path("differencesShown").toString() + " "
                                    + run.path("failure").asText(""));
                }
            }
            Thread.sleep(500);
        }
        return new Verdict("TIMED_OUT", 0, "rebuild " + id + " still running after " + limit.toSeconds() + " s");
    }
}
