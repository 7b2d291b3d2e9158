package kaohe.bench.chaos;

import kaohe.bench.BenchHttp;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every acknowledged upload read back through the evidence API (which streams it from the object store) and its
 * SHA-256 compared with the one the client computed before sending. An upload found intact is not read again
 * until {@link #all} (the run's end).
 */
final class UploadAudit {

    private final BenchHttp http;
    private final BenchHttp.Identity reader;
    private final Set<String> intact = ConcurrentHashMap.newKeySet();

    UploadAudit(BenchHttp http, BenchHttp.Identity reader) {
        this.http = http;
        this.reader = reader;
    }

    /** The uploads not yet found intact, read back; those missing or different, with why. */
    List<String> unchecked(List<Acked> uploads) throws Exception {
        return check(uploads.stream().filter(upload -> !intact.contains(upload.aggregateId())).toList());
    }

    /** Every upload read back again. */
    List<String> all(List<Acked> uploads) throws Exception {
        intact.clear();
        return check(uploads);
    }

    private List<String> check(List<Acked> uploads) throws Exception {
        List<String> missing = new ArrayList<>();
        for (Acked upload : uploads) {
            String problem = readBack(upload);
            if (problem == null) {
                intact.add(upload.aggregateId());
            } else {
                missing.add("upload " + upload.marker() + " (" + upload.aggregateId() + "): " + problem);
            }
        }
        return missing;
    }

    /** Null when intact; three tries, a second apart, before a read failure counts. */
    private String readBack(Acked upload) throws Exception {
        String problem = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                var response = http.getBytes(reader, "/api/evidence/" + upload.aggregateId() + "/content");
                if (response.statusCode() != 200) {
                    problem = "read back " + response.statusCode();
                } else {
                    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(response.body()));
                    return sha256.equals(upload.sha256()) ? null : "SHA-256 " + sha256 + ", sent " + upload.sha256();
                }
            } catch (java.io.IOException unanswered) {
                problem = "read back: " + unanswered;
            }
            Thread.sleep(1000);
        }
        return problem;
    }
}
