package kaohe.bench.chaos;

import kaohe.bench.BenchHttp;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The version to send as If-Match next. A replayed answer (Idempotent-Replayed) carries no ETag: then the
 * aggregate is read again, which is right because each client is the only writer of its aggregate.
 */
final class Versions {

    private Versions() {
    }

    static String after(HttpResponse<String> answer, Careful careful, BenchHttp http, BenchHttp.Identity who,
                        String path) throws Exception {
        var etag = answer.headers().firstValue("ETag");
        return etag.isPresent() ? etag.get() : current(careful, http, who, path);
    }

    /** The ETag of {@code path} read now, with the same care as a command. */
    static String current(Careful careful, BenchHttp http, BenchHttp.Identity who, String path) throws Exception {
        var read = careful.send("GET", () -> http.sendRaw(who, "GET", path, Map.of(), null));
        if (read.verdict() == null) {
            throw new InterruptedException("the run ended while reading " + path);
        }
        if (!read.acknowledged()) {
            throw new IllegalStateException("GET " + path + " -> " + read.response().statusCode() + " "
                    + read.response().body());
        }
        return BenchHttp.etag(read.response());
    }
}
