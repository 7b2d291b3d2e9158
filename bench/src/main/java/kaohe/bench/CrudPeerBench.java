package kaohe.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CRUD peer (module {@code bench-crud-peer}) doing the indicator command's act the way a CRUD app does — the
 * same token check, one checked {@code UPDATE} of the target row — measured right after the indicator commands, with
 * the same warm-up, durations and clients (1 and 8, each on its own row and, as there, office staff member i+1 of
 * its own): through the gateway ({@code /api/crudpeer/**}, routed by {@code ./kaohe} to
 * {@code KAOHE_CRUD_PEER_PORT}) and straight to the peer.
 * The peer runs on a database of its own ({@code crud_peer}), started with the services' JVM options; it is
 * stopped and the database dropped at the end, also when the run fails.
 */
final class CrudPeerBench {

    private static final String DATABASE = "crud_peer";
    private static final int CLIENTS = 8;

    private final BenchHttp gateway;
    private final BenchTokens tokens;
    private final String postgres;
    private final BenchInstance peer;
    private final ProcessCpu cpu;
    private final Path jar;

    /** {@code postgres} is the server's JDBC URL without a database. */
    CrudPeerBench(BenchHttp gateway, BenchTokens tokens, String postgres, Path jar, String jvmOptions, String root,
                  int port, Path log, ProcessCpu cpu) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.postgres = postgres;
        this.cpu = cpu;
        this.jar = jar;
        this.peer = new BenchInstance("crudpeer", jar, jvmOptions, root, postgres + "/" + DATABASE, port,
                "KAOHE_CRUD_PEER_PORT", log, List.of());
    }

    void run(Duration warmUp, Duration measured) throws Exception {
        if (!Files.isReadable(jar)) {
            throw new IllegalStateException("no " + jar + ": build it (mvn -B -q package -DskipTests)");
        }
        BenchDatabases.recreate(postgres, DATABASE);
        try (peer) {
            peer.start();
            List<String> rows = seed();
            var direct = new BenchHttp(peer.baseUrl(), tokens);
            var routed = gateway.sendRaw("PUT", "/api/crudpeer/targets/" + rows.get(0),
                    Map.of("If-Match", "\"0\""), Map.of("value", 1, "reason", "基准测试"));
            if (routed.statusCode() != 200) {
                throw new IllegalStateException("the gateway does not reach the peer (" + routed.statusCode() + " "
                        + routed.body() + "): start the system with a ./kaohe that routes /api/crudpeer to "
                        + peer.baseUrl());
            }
            var settle = Duration.ofSeconds(2);
            load(gateway, rows, Duration.ZERO, warmUp, false);
            report("crud.update.c1", load(gateway, rows.subList(0, 1), settle, measured, false), false);
            var c8 = load(gateway, rows, settle, measured, cpu != null);
            report("crud.update.c8", c8, true);
            if (cpu != null) {
                ProcessCpu.report("crud.cpu_ms", c8.cpuMillis(), c8.updates());
            }
            report("crud.update.direct.c8", load(direct, rows, settle, measured, false), true);
        } finally {
            BenchDatabases.drop(postgres, DATABASE);
        }
    }

    private record Run(double perSecond, List<Long> latencies, long updates, long failures,
                       Map<String, Double> cpuMillis) {
    }

    private static void report(String name, Run run, boolean withLatency) {
        Figures.print(name + ".per_s", run.perSecond(), "updates/s");
        if (withLatency) {
            Figures.print(name + ".p50_ms", Figures.percentileMs(run.latencies(), 50), "ms");
            Figures.print(name + ".p99_ms", Figures.percentileMs(run.latencies(), 99), "ms");
        }
        if (run.failures() > 0) {
            System.out.println("# " + run.failures() + " updates failed during " + name);
        }
    }

    /** Each client updates its own row in a closed loop with the version the last answer gave. */
    private Run load(BenchHttp http, List<String> rows, Duration warmUp, Duration measured, boolean withCpu)
            throws Exception {
        long start = System.nanoTime() + warmUp.toNanos();
        long end = start + measured.toNanos();
        if (withCpu) {
            cpu.add("crudpeer", peer.pid());
        }
        var window = withCpu ? cpu.over(start, end) : null;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var failures = new AtomicLong();
        var counted = new AtomicLong();
        var done = new CountDownLatch(rows.size());
        for (int client = 0; client < rows.size(); client++) {
            String row = rows.get(client);
            int turn = client;
            new Thread(() -> {
                try {
                    String etag = "\"" + version(row) + "\"";
                    long value = 2;
                    while (System.nanoTime() < end) {
                        var staff = BenchHttp.Identity.officeStaffTakingTurns(turn, value);
                        long sent = System.nanoTime();
                        HttpResponse<String> response = http.sendRaw(staff, "PUT", "/api/crudpeer/targets/" + row,
                                Map.of("If-Match", etag),
                                Map.of("value", value++, "unit", "次", "reason", "基准测试"));
                        long received = System.nanoTime();
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            etag = "\"" + version(row) + "\"";
                            continue;
                        }
                        etag = BenchHttp.etag(response);
                        if (sent >= start && received <= end) {
                            latencies.add(received - sent);
                            counted.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.out.println("# crud client stopped: " + e);
                } finally {
                    done.countDown();
                }
            }, "bench-crud-" + row).start();
        }
        done.await();
        return new Run(counted.get() / (measured.toNanos() / 1e9), latencies, counted.get(), failures.get(),
                window == null ? Map.of() : window.join());
    }

    /** One row per client, version 0. */
    private List<String> seed() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = BenchDatabases.connect(postgres, DATABASE);
             var insert = connection.prepareStatement(
                "INSERT INTO crud_target (id, value, unit) VALUES (?, 1, '次')")) {
            for (int i = 0; i < CLIENTS; i++) {
                rows.add("bench-" + i);
                insert.setString(1, "bench-" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return rows;
    }

    private long version(String row) throws Exception {
        try (Connection connection = BenchDatabases.connect(postgres, DATABASE);
             var query = connection.prepareStatement(
                "SELECT version FROM crud_target WHERE id = ?")) {
            query.setString(1, row);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
