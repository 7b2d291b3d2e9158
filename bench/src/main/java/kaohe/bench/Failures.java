package kaohe.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Refused requests and stopped clients of a bench: all counted, the first few kept to be shown as comments. */
public final class Failures {

    private static final int BODY_SHOWN = 400;

    private final int kept;
    private final AtomicLong count = new AtomicLong();
    private final List<String> samples = new ArrayList<>();

    public Failures(int kept) {
        this.kept = kept;
    }

    public void record(String method, String path, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
        note(method + " " + path + " -> " + response.statusCode() + " "
                + (body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "…" : body));
    }

    public void record(String what, Exception e) {
        note(what + ": " + e);
    }

    public long count() {
        return count.get();
    }

    /** {@code # <n> <what> during <during>} and the kept samples, one comment line each; nothing if none. */
    public void print(String what, String during) {
        long failed = count.get();
        if (failed == 0) {
            return;
        }
        System.out.println("# " + failed + " " + what + " failed during " + during);
        synchronized (samples) {
            samples.forEach(sample -> System.out.println("#   " + sample));
        }
        if (failed > samples.size()) {
            System.out.println("#   (" + (failed - samples.size()) + " more not shown)");
        }
        System.out.flush();
    }

    private void note(String sample) {
        count.incrementAndGet();
        synchronized (samples) {
            if (samples.size() < kept) {
                samples.add(sample);
            }
        }
    }
}
