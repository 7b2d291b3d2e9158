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
 * memory, so the service's own work is small and the difference is the gateway's) with bearer tokens from the
 * local identity service, once through the gateway (token checked there, then again by the service) and once
 * straight to the service (token checked once). Latency (p50, p99) with one client in a closed loop — what a user
 * waits, without queueing behind other requests on this 2-core box; throughput with four clients (sixteen users
 * taking turns, as each has its own rate limit), where the CPU is the limit.
 */
final class GatewayAuthBench {

    private static final int CLIENTS = 4;
    private static final int USERS = 16;
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
        // the gateway limits each user to 200 requests a second, which even one closed-loop client exceeds here:
        // every client takes turns among sixteen liaisons
        List<String> bearers = new ArrayList<>();
        for (int user = 1; user <= USERS; user++) {
            bearers.add(tokens.bearer(BenchHttp.Identity.liaison(String.format("处室%02d", user))));
        }
        load(gateway, bearers, CLIENTS, warmUp);
        load(service, bearers, CLIENTS, warmUp);
        var direct = load(service, bearers, 1, measured);
        var through = load(gateway, bearers, 1, measured);
        var directLoaded = load(service, bearers, CLIENTS, measured);
        var throughLoaded = load(gateway, bearers, CLIENTS, measured);
        Figures.print("gateway.auth.p50_ms", Figures.percentileMs(through, 50), "ms");
        Figures.print("direct.p50_ms", Figures.percentileMs(direct, 50), "ms");
        Figures.print("gateway.auth.p99_ms", Figures.percentileMs(through, 99), "ms");
        Figures.print("direct.p99_ms", Figures.percentileMs(direct, 99), "ms");
        Figures.print("gateway.auth.per_s", throughLoaded.size() / (measured.toNanos() / 1e9), "req/s");
        Figures.print("direct.per_s", directLoaded.size() / (measured.toNanos() / 1e9), "req/s");
        System.out.printf("# gateway.auth: GET %s with bearer tokens; latency with 1 client: added at p50 %.2f ms;"
                + " with %d clients p50 %.2f ms through the gateway vs %.2f ms direct%n", PATH,
                Figures.percentileMs(through, 50) - Figures.percentileMs(direct, 50), CLIENTS,
                Figures.percentileMs(throughLoaded, 50), Figures.percentileMs(directLoaded, 50));
    }

    /** Latencies (ns) of successful GETs of {@code base} by {@code clients}, each cycling through the bearers. */
    private List<Long> load(String base, List<String> bearers, int clients, Duration duration)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        var done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            int first = i;
            new Thread(() -> {
                try {
                    for (int turn = first; System.nanoTime() < end && failures.isEmpty(); turn++) {
                        var request = HttpRequest.newBuilder(URI.create(base + PATH))
                                .header("Authorization", bearers.get(turn % bearers.size()))
                                .timeout(Duration.ofSeconds(10)).GET().build();
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
            }, "gateway-auth-" + first).start();
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.get(0));
        }
        return latencies;
    }
}
