package kaohe.bench.chaos;

import kaohe.bench.BenchHttp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The office revising target T1 of its own indicator, each revision with the reason {@code chaos <run> <n>}. */
final class TargetReviser implements SteadyLoad.Client {

    private final BenchHttp http;
    private final Careful careful;
    private final Markers markers;
    private final Acknowledgements acks;
    private final String indicatorId;
    private String etag;

    TargetReviser(BenchHttp http, Careful careful, Markers markers, Acknowledgements acks, String indicatorId) {
        this.http = http;
        this.careful = careful;
        this.markers = markers;
        this.acks = acks;
        this.indicatorId = indicatorId;
    }

    @Override
    public String name() {
        return "indicator-" + indicatorId;
    }

    @Override
    public void once() throws Exception {
        String path = "/api/indicator/indicators/" + indicatorId;
        if (etag == null) {
            etag = Versions.current(careful, http, BenchHttp.Identity.OFFICE, path);
        }
        long n = markers.next();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", n);
        body.put("unit", "个");
        body.put("reason", markers.reason(n));
        var headers = Map.of("If-Match", etag, "Idempotency-Key", UUID.randomUUID().toString());
        var outcome = careful.send("PUT target", () -> http.sendRaw("PUT", path + "/targets/T1", headers, body));
        if (outcome.acknowledged()) {
            etag = Versions.after(outcome.response(), careful, http, BenchHttp.Identity.OFFICE, path);
            acks.add(new Acked(Acked.Kind.INDICATOR_TARGET, indicatorId, n, etag, System.nanoTime(), null));
        } else {
            etag = null;   // in doubt or refused: read the version again before the next command
        }
    }
}
