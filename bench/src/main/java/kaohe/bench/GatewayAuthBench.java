package kaohe.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * What the gateway adds with authentication on: the same authenticated read (scoring's plan list, answered from
 * memory, so the service's own work is small and the difference is the gateway's) with the same bearer token from
 * the local identity service, once through the gateway (token checked there, then again by the service) and once
 * straight to the service (token checked once), from a few clients in a closed loop each.
 */
final class GatewayAuthBench {

    private static final int CLIENTS = 4;
    private static final String PATH = "/api/scoring/plans";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String service;
    private final BenchTokens tokens;

    GatewayAuthBench(String gateway, String service, BenchTokens tokens) {
        this.gateway = gateway;
        this.service = service;
        this.tokens = tokens;
    }

    void run(Duration warmUp, Duration measured) throws Exception {
        String bearer = tokens.bearer(BenchHttp.Identity.OFFICE);
        load(gateway, bearer, warmUp);
        load(service, bearer, warmUp);
        var direct = load(service, bearer, measured);
        var through = load(gateway, bearer, measured);
        Figures.print("gateway.auth.p50_ms", Figures.percentileMs(through, 50), "ms");
        Figures.print("direct.p50_ms", Figures.percentileMs(direct, 50), "ms");
        Figures.print("gateway.auth.p99_ms", Figures.percentileMs(through, 99), "ms");
        Figures.print("direct.p99_ms", Figures.percentileMs(direct, 99), "ms");
        Figures.print("gateway.auth.per_s", through.size() / (measured.toNanos() / 1e9), "req/s");
        Figures.print("direct.per_s", direct.size() / (measured.toNanos() / 1e9), "req/s");
        System.out.printf("# gateway.auth: GET %s with office-admin's bearer token, %d clients; added at p50 %.2f ms%n",
                PATH, CLIENTS, Figures.percentileMs(through, 50) - Figures.percentileMs(direct, 50));
    }

    /** Latencies (ns) of successful GETs of {@code base} for {@code duration}; a refusal stops the bench. */
    private List<Long> load(String base, String bearer, Duration duration) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + PATH)).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(10)).GET().build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        var done = new CountDownLatch(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            int c = i;
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end && failures.isEmpty()) {
                        long started = System.nanoTime();
                        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.add(base + " answered " + response.statusCode() + " " + response.body());
                        } else {
                            latencies.add(System.nanoTime() - started);
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                } finally {
                    done.countDown();
                }
            }, "gateway-auth-" + c).start();
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.get(0));
        }
        return latencies;
    }
}
