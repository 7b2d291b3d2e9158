package kaohe.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command to scorecard: ledger progress commands through the gateway, from {@link LedgerProgressBench}'s 32
 * liaisons. A closed loop first finds the rate the ledger sustains; then the same commands are paced at half of it
 * and each one's lag is taken from scoring's own record: {@code consumed_event.applied_at} of its event, written in
 * the transaction that writes the event's scorecards, less the instant the command was sent ({@code applied_at} is
 * the row's insert, just before the scorecards are computed and committed, so the commit comes a little later).
 * The event is found by the check's id and the ETag the PUT answered with — the check's version, which is the
 * sequence number of the TaskProgressRecorded event the command appended (the ledger's check projection is
 * subscribing and sets the version from that event); the bench checks that each row found is one.
 */
final class ScoringLagBench {

    private static final String PROGRESS = "ledger.TaskProgressRecorded.v1";
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private final BenchHttp http;
    private final String scoringJdbcUrl;

    ScoringLagBench(BenchHttp http, String scoringJdbcUrl) {
        this.http = http;
        this.scoringJdbcUrl = scoringJdbcUrl;
    }

    /** One command: the check it changed, the sequence of its event, and when it left the client. */
    private record Sent(String checkId, long sequence, Instant at) {

        String key() {
            return checkId + "/" + sequence;
        }
    }

    /** What scoring recorded of one event. */
    private record Applied(String type, Instant at) {
    }

    void run(Duration warmUp, Duration sustained, Duration paced) throws Exception {
        var ledger = new LedgerProgressBench(http, null);
        List<LedgerProgressBench.Client> clients = ledger.prepare();
        // warms the ledger's and scoring's paths alike (scoring consumes everything the ledger publishes)
        ledger.load(clients, Duration.ZERO, warmUp, false).failures().print("commands", "scoring.lag warm-up");
        var closed = ledger.load(clients, Duration.ofSeconds(2), sustained, false);
        Figures.print("scoring.lag.sustained.per_s", closed.perSecond(), "cmd/s");
        closed.failures().print("commands", "scoring.lag sustained");

        // a backlog left by the closed loop would be counted as lag of the paced commands: let scoring drain it
        List<Sent> current = new ArrayList<>();
        for (var client : clients) {
            current.add(new Sent(client.checkId, version(ledger.version(client)), Instant.now()));
        }
        var drained = awaitApplied(current, clients);
        if (!current.stream().allMatch(command -> drained.containsKey(command.key()))) {
            throw new IllegalStateException("scoring did not catch up with the closed loop within "
                    + CATCH_UP.toSeconds() + " s");
        }

        double rate = closed.perSecond() / 2;
        var failures = new Failures(5);
        List<Sent> sent = pace(ledger, clients, rate, paced, failures);
        Figures.print("scoring.lag.rate.per_s", sent.size() / (paced.toNanos() / 1e9), "cmd/s");
        failures.print("commands", "scoring.lag paced");

        var applied = awaitApplied(sent, clients);
        List<Long> lags = new ArrayList<>();
        int otherType = 0;
        for (Sent command : sent) {
            Applied event = applied.get(command.key());
            if (event == null) {
                continue;
            }
            if (!event.type().equals(PROGRESS)) {
                otherType++;
            }
            lags.add(Duration.between(command.at(), event.at()).toNanos());
        }
        Figures.print("scoring.lag.p50_ms", Figures.percentileMs(lags, 50), "ms");
        Figures.print("scoring.lag.p99_ms", Figures.percentileMs(lags, 99), "ms");
        if (lags.size() < sent.size()) {
            System.out.println("# scoring.lag: " + (sent.size() - lags.size()) + " of " + sent.size()
                    + " commands' events not applied by scoring within " + CATCH_UP.toSeconds() + " s");
        }
        if (otherType > 0) {
            System.out.println("# scoring.lag: " + otherType + " ETags named an event other than " + PROGRESS);
        }
    }

    /**
     * Every client sends on its own schedule, staggered, so together they send {@code rate} commands a second;
     * a client behind its schedule (a slow answer) sends at once rather than skipping.
     */
    private List<Sent> pace(LedgerProgressBench ledger, List<LedgerProgressBench.Client> clients, double rate,
                            Duration paced, Failures failures) throws InterruptedException {
        long interval = (long) (clients.size() / rate * 1e9);
        long start = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        long end = start + paced.toNanos();
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        var done = new CountDownLatch(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            var client = clients.get(i);
            long first = start + interval * i / clients.size();
            new Thread(() -> {
                try {
                    String etag = ledger.version(client);
                    for (long due = first; due < end; due += interval) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        Instant at = Instant.now();
                        var response = ledger.recordProgress(client, etag);
                        if (!BenchHttp.succeeded(response)) {
                            failures.record("PUT", client.progressPath(), response);
                            etag = ledger.version(client);
                            continue;
                        }
                        etag = BenchHttp.etag(response);
                        sent.add(new Sent(client.checkId, version(etag), at));
                    }
                } catch (Exception e) {
                    failures.record("client of " + client.department + " stopped", e);
                } finally {
                    done.countDown();
                }
            }, "bench-scoring-lag-" + client.department).start();
        }
        done.await();
        return sent;
    }

    /** Scoring's record of the events of {@code sent}, as far as it has them within {@link #CATCH_UP}. */
    private Map<String, Applied> awaitApplied(List<Sent> sent, List<LedgerProgressBench.Client> clients)
            throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        Map<String, Applied> applied = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(scoringJdbcUrl, "postgres", "postgres");
             var select = connection.prepareStatement("""
                     SELECT aggregate_id, sequence, type, applied_at FROM consumed_event
                     WHERE aggregate_id = ANY (?)""")) {
            Array checks = connection.createArrayOf("varchar",
                    clients.stream().map(client -> client.checkId).toArray());
            select.setArray(1, checks);
            while (true) {
                applied.clear();
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        applied.put(rows.getString(1) + "/" + rows.getLong(2), new Applied(rows.getString(3),
                                rows.getTimestamp(4).toInstant()));
                    }
                }
                if (sent.stream().allMatch(command -> applied.containsKey(command.key()))
                        || System.nanoTime() > deadline) {
                    return applied;
                }
                Thread.sleep(500);
            }
        }
    }

    /** The version an ETag names ({@code "7"} is 7). */
    private static long version(String etag) {
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }
}
