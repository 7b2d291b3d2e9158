package kaohe.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.bench.BenchHttp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every service's event hash chain recomputed from its store, as an auditor, through the gateway (what
 * {@code ./kaohe verify-chain} asks): the breaks found, or why a chain could not be verified.
 */
final class ChainVerification {

    private static final List<String> CONTEXTS = List.of("indicator", "ledger", "evidence", "scoring", "identity",
            "supervision");

    private final BenchHttp http;

    ChainVerification(BenchHttp http) {
        this.http = http;
    }

    List<String> breaks() throws Exception {
        List<String> breaks = new ArrayList<>();
        for (String context : CONTEXTS) {
            var answer = http.sendRaw(BenchHttp.Identity.AUDITOR, "GET", "/api/" + context + "/chain/verification",
                    Map.of(), null, Duration.ofMinutes(5));
            if (!BenchHttp.succeeded(answer)) {
                breaks.add(context + ": not verified, " + answer.statusCode() + " " + answer.body());
                continue;
            }
            JsonNode report = http.json(answer);
            for (JsonNode found : report.path("breaks")) {
                breaks.add(context + ": " + found.path("problem").asText() + " #" + found.path("globalIndex").asText());
            }
        }
        return breaks;
    }
}
