package kaohe.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads of the persisted projections, as the office: half rankings of the plan's year, half scorecards of a
 * random department for the year or a random quarter, from a few clients in a closed loop. Sent to the instance
 * it is given (the bench instance holding the synthetic 100-department plan), not through the gateway.
 */
final class ScoringQueryBench {

    private static final int CLIENTS = 4;

    private final BenchHttp http;
    private final String planId;
    private final List<String> departments;
    private final int year;

    ScoringQueryBench(BenchHttp http, String planId, List<String> departments, int year) {
        this.http = http;
        this.planId = planId;
        this.departments = departments;
        this.year = year;
    }

    private record Latencies(List<Long> ranking, List<Long> scorecard, Failures failures) {
    }

    void run(Duration warmUp, Duration measured) throws InterruptedException {
        load(warmUp).failures().print("queries", "scoring.query warm-up");
        var run = load(measured);
        List<Long> all = new ArrayList<>(run.ranking());
        all.addAll(run.scorecard());
        System.out.printf("# scoring.query: %d clients straight to the bench instance (not through the gateway), "
                + "%.0f queries/s%n", CLIENTS, all.size() / (measured.toNanos() / 1e9));
        Figures.print("scoring.query.p50_ms", Figures.percentileMs(all, 50), "ms");
        Figures.print("scoring.query.p99_ms", Figures.percentileMs(all, 99), "ms");
        System.out.printf("# scoring.query ranking (%d departments): p50 %.2f ms, p99 %.2f ms, %d queries%n",
                departments.size(), Figures.percentileMs(run.ranking(), 50), Figures.percentileMs(run.ranking(), 99),
                run.ranking().size());
        System.out.printf("# scoring.query scorecard: p50 %.2f ms, p99 %.2f ms, %d queries%n",
                Figures.percentileMs(run.scorecard(), 50), Figures.percentileMs(run.scorecard(), 99),
                run.scorecard().size());
        run.failures().print("queries", "scoring.query");
    }

    private Latencies load(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        var latencies = new Latencies(Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()), new Failures(5));
        var done = new CountDownLatch(CLIENTS);
        String plan = "/api/scoring/plans/" + planId;
        for (int c = 0; c < CLIENTS; c++) {
            new Thread(() -> {
                var random = ThreadLocalRandom.current();
                try {
                    while (System.nanoTime() < end) {
                        boolean ranking = random.nextBoolean();
                        String path;
                        if (ranking) {
                            path = plan + "/ranking?period=" + year;
                        } else {
                            int quarter = random.nextInt(5);
                            path = plan + "/scorecards/" + URLEncoder.encode(departments.get(random.nextInt(
                                    departments.size())), StandardCharsets.UTF_8) + "?period=" + year
                                    + (quarter == 0 ? "" : "-Q" + quarter);
                        }
                        long sent = System.nanoTime();
                        var response = http.sendRaw("GET", path, null, null);
                        long took = System.nanoTime() - sent;
                        if (!BenchHttp.succeeded(response)) {
                            latencies.failures().record("GET", path, response);
                        } else if (System.nanoTime() <= end) {
                            (ranking ? latencies.ranking() : latencies.scorecard()).add(took);
                        }
                    }
                } catch (Exception e) {
                    latencies.failures().record("query client stopped", e);
                } finally {
                    done.countDown();
                }
            }, "bench-scoring-query-" + c).start();
        }
        done.await();
        return latencies;
    }
}
