package kaohe.bench.chaos;

import kaohe.bench.BenchHttp;
import kaohe.bench.LedgerProgressBench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A department's liaison recording its task's progress in its open check, each with the note {@code chaos <run> <n>}. */
final class ProgressRecorder implements SteadyLoad.Client {

    private final BenchHttp http;
    private final Careful careful;
    private final Markers markers;
    private final Acknowledgements acks;
    private final LedgerProgressBench.Client ledger;
    private String etag;

    ProgressRecorder(BenchHttp http, Careful careful, Markers markers, Acknowledgements acks,
                     LedgerProgressBench.Client ledger) {
        this.http = http;
        this.careful = careful;
        this.markers = markers;
        this.acks = acks;
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "ledger-" + ledger.checkId;
    }

    @Override
    public void once() throws Exception {
        if (etag == null) {
            etag = Versions.current(careful, http, ledger.liaison, ledger.checkPath());
        }
        long n = markers.next();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actualValue", BigDecimal.valueOf(n));
        body.put("unit", "个");
        body.put("status", "ON_TRACK");
        body.put("note", markers.reason(n));
        var headers = Map.of("If-Match", etag, "Idempotency-Key", UUID.randomUUID().toString());
        var outcome = careful.send("PUT progress",
                () -> http.sendRaw(ledger.liaison, "PUT", ledger.progressPath(), headers, body));
        if (outcome.acknowledged()) {
            etag = Versions.after(outcome.response(), careful, http, ledger.liaison, ledger.checkPath());
            acks.add(new Acked(Acked.Kind.LEDGER_PROGRESS, ledger.checkId, n, etag, System.nanoTime(), null));
        } else {
            etag = null;
        }
    }
}
