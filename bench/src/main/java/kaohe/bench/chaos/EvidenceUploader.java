package kaohe.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.bench.BenchHttp;
import kaohe.bench.EvidenceUploadBench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * A department's liaison uploading photos: a small JPEG followed by random bytes, different every time, named
 * {@code chaos-<run>-<n>.jpg}; the SHA-256 computed here before sending, to compare with what is stored.
 */
final class EvidenceUploader implements SteadyLoad.Client {

    static final int SMALL = 20 * 1024;
    static final int LARGE = 6 * 1024 * 1024;

    private final BenchHttp http;
    private final Careful careful;
    private final Markers markers;
    private final Acknowledgements acks;
    private final BenchHttp.Identity liaison;
    private final String path;
    private final byte[] jpeg;
    private final EvidenceUploadBench.TestFile small;

    EvidenceUploader(BenchHttp http, Careful careful, Markers markers, Acknowledgements acks, String planId,
                     String department) throws Exception {
        this.http = http;
        this.careful = careful;
        this.markers = markers;
        this.acks = acks;
        this.liaison = BenchHttp.Identity.liaison(department);
        this.path = "/api/evidence/uploads?planId=" + planId + "&department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8);
        this.jpeg = EvidenceUploadBench.smallJpeg();
        this.small = new EvidenceUploadBench.TestFile(jpeg, SMALL, Long.parseLong(markers.run(), 16));
    }

    BenchHttp.Identity liaison() {
        return liaison;
    }

    @Override
    public String name() {
        return "evidence-" + liaison.department();
    }

    /** Two small photos a second at most: the object store and the read-back checks stay small. */
    @Override
    public Duration thinkTime() {
        return Duration.ofMillis(500);
    }

    @Override
    public void once() throws Exception {
        long n = markers.next();
        upload(n, small.next(n).clone());
    }

    /** One multi-MB photo, as the object store is stopped under it; the outcome as the client ended it. */
    Careful.Outcome uploadLarge() throws Exception {
        long n = markers.next();
        return upload(n, new EvidenceUploadBench.TestFile(jpeg, LARGE, n).next(n));
    }

    /**
     * The first upload, until the evidence service has learnt the plan from the indicator context's events
     * (until then: 422 plan-not-found). Answers the evidence id; it carries no marker and is not counted.
     */
    String awaitPlan(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var response = http.postBytes(liaison, path, Map.of("X-File-Name", "chaos-" + markers.run()
                    + "-setup.jpg"), jpeg);
            if (response.statusCode() == 201) {
                return http.json(response).get("evidenceId").asText();
            }
            if (!response.body().contains("plan-not-found") || System.nanoTime() > deadline) {
                throw new IllegalStateException("evidence uploads refused: " + response.statusCode() + " "
                        + response.body());
            }
            Thread.sleep(200);
        }
    }

    private Careful.Outcome upload(long n, byte[] content) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        var headers = Map.of("X-File-Name", markers.fileName(n), "Idempotency-Key", UUID.randomUUID().toString());
        var outcome = careful.send("POST upload", () -> http.postBytes(liaison, path, headers, content));
        if (outcome.acknowledged()) {
            JsonNode evidence = http.json(outcome.response());
            acks.add(new Acked(Acked.Kind.EVIDENCE_UPLOAD, evidence.get("evidenceId").asText(), n,
                    outcome.response().headers().firstValue("ETag").orElse(""), System.nanoTime(), sha256));
        }
        return outcome;
    }
}
