package kaohe.bench;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Ledger commands through the gateway: 32 departments each keep one submitted task and the open monthly check of
 * 2020-06; each client is one department's liaison recording its task's progress in a closed loop (PUT with
 * If-Match, a new actual value each time), so every request is a real, accepted command with an event. The CPU of
 * every Kaohe process during the 32-client run, per command: {@code ledger.cpu_ms} and one figure per process.
 */
public final class LedgerProgressBench {

    private static final int DEPARTMENTS = 32;
    private static final String MONTH = "2020-06";

    private final BenchHttp http;
    private final ProcessCpu cpu;

    /** {@code cpu}: null where the processes' CPU cannot be read (no ledger.cpu_ms then). */
    public LedgerProgressBench(BenchHttp http, ProcessCpu cpu) {
        this.http = http;
        this.cpu = cpu;
    }

    /** One department's liaison, its submitted task and its open check; driven by one thread at a time. */
    public static final class Client {
        final String department;
        public final BenchHttp.Identity liaison;
        public final String taskId;
        public final String checkId;
        long nextValue = 1;

        Client(String department, String taskId, String checkId) {
            this.department = department;
            this.liaison = BenchHttp.Identity.liaison(department);
            this.taskId = taskId;
            this.checkId = checkId;
        }

        public String checkPath() {
            return "/api/ledger/checks/" + checkId;
        }

        public String progressPath() {
            return checkPath() + "/progress/" + taskId;
        }
    }

    record Run(double perSecond, List<Long> latencies, Failures failures, long commands,
               Map<String, Double> cpuMillis) {
    }

    void run(Duration warmUp, Duration measured) throws Exception {
        List<Client> clients = prepare();

        // A freshly started JVM is still compiling: warm every path up before anything is counted.
        var warm = load(clients, Duration.ZERO, warmUp, false);
        warm.failures().print("commands", "ledger.progress warm-up");
        var settle = Duration.ofSeconds(2);
        var c8 = load(clients.subList(0, 8), settle, measured, false);
        Figures.print("ledger.progress.c8.per_s", c8.perSecond(), "cmd/s");
        c8.failures().print("commands", "ledger.progress.c8");
        var c32 = load(clients, settle, measured, cpu != null);
        Figures.print("ledger.progress.c32.per_s", c32.perSecond(), "cmd/s");
        Figures.print("ledger.progress.c32.p50_ms", Figures.percentileMs(c32.latencies(), 50), "ms");
        Figures.print("ledger.progress.c32.p99_ms", Figures.percentileMs(c32.latencies(), 99), "ms");
        c32.failures().print("commands", "ledger.progress.c32");
        if (cpu != null) {
            ProcessCpu.report("ledger.cpu_ms", c32.cpuMillis(), c32.commands());
        }
    }

    /**
     * A fresh plan of 32 departments, each with its indicator, its submitted task and its open check of 2020-06:
     * one client per department, ready to record progress.
     */
    List<Client> prepare() throws Exception {
        String planId = "bench-ledger-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> departments = IntStream.rangeClosed(1, DEPARTMENTS)
                .mapToObj(i -> String.format("处室%02d", i)).toList();
        http.send("POST", "/api/indicator/plans", null, Map.of("planId", planId, "year", 2020,
                "title", "台账基准测试计划", "departments", departments, "leaders", List.of("段重利")));
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS; i++) {
            var created = http.send("POST", "/api/indicator/indicators", null, Map.of("planId", planId,
                    "kind", "COMMON", "code", String.format("ledger-bench-%02d", i + 1),
                    "text", String.format("台账基准测试指标 %02d：完成示范点创建", i + 1),
                    "targets", List.of(Map.of("key", "T1", "value", 100, "unit", "个", "subject", "示范点")),
                    "leadDepartments", List.of(departments.get(i)), "leaders", List.of("段重利")));
            indicators.add(http.json(created).get("indicatorId").asText());
        }
        Ledger.awaitCatalog(http, planId, DEPARTMENTS, DEPARTMENTS, Duration.ofSeconds(60));

        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS; i++) {
            clients.add(setUp(planId, departments.get(i), indicators.get(i)));
        }
        return clients;
    }

    /** As the department's liaison: a task with its six defines under T1, submitted; the month's check opened. */
    public Client setUp(String planId, String department, String indicatorId) throws Exception {
        var liaison = BenchHttp.Identity.liaison(department);
        var quantity = Map.<String, Object>of("value", 100, "unit", "个", "targetKey", "T1");
        var drafted = http.send(liaison, "POST", "/api/ledger/tasks", null, Map.of("planId", planId,
                "indicatorId", indicatorId, "department", department, "title", department + "示范点创建",
                "defines", Ledger.defines(department, "创建示范点，推动政务服务标准化", quantity,
                        "示范点验收合格，资料齐全")));
        String taskId = http.json(drafted).get("taskId").asText();
        http.send(liaison, "POST", "/api/ledger/tasks/" + taskId + "/submission",
                Map.of("If-Match", BenchHttp.etag(drafted)), null);
        var opened = http.send(liaison, "POST", "/api/ledger/checks", null,
                Map.of("planId", planId, "department", department, "month", MONTH));
        return new Client(department, taskId, http.json(opened).get("checkId").asText());
    }

    /**
     * Every client in a closed loop until {@code settle} + {@code measured} is over; counts the measured part, and
     * the processes' CPU over it when {@code withCpu}.
     */
    Run load(List<Client> clients, Duration settle, Duration measured, boolean withCpu) throws Exception {
        long start = System.nanoTime() + settle.toNanos();
        long end = start + measured.toNanos();
        var window = withCpu ? cpu.over(start, end) : null;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var failures = new Failures(5);
        var counted = new AtomicLong();
        var done = new CountDownLatch(clients.size());
        for (Client client : clients) {
            new Thread(() -> {
                try {
                    String etag = version(client);
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        var response = recordProgress(client, etag);
                        long received = System.nanoTime();
                        if (!BenchHttp.succeeded(response)) {
                            failures.record("PUT", client.progressPath(), response);
                            etag = version(client);
                            continue;
                        }
                        etag = BenchHttp.etag(response);
                        if (sent >= start && received <= end) {
                            latencies.add(received - sent);
                            counted.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failures.record("client of " + client.department + " stopped", e);
                } finally {
                    done.countDown();
                }
            }, "bench-ledger-" + client.department).start();
        }
        done.await();
        return new Run(counted.get() / (measured.toNanos() / 1e9), latencies, failures, counted.get(),
                window == null ? Map.of() : window.get());
    }

    /** The client's check as it stands: its ETag, the check aggregate's version. */
    String version(Client client) throws Exception {
        return BenchHttp.etag(http.send(client.liaison, "GET", client.checkPath(), null, null));
    }

    /** One progress command on the check at version {@code etag}: a new actual each time; the answer as it came. */
    HttpResponse<String> recordProgress(Client client, String etag) throws Exception {
        return http.sendRaw(client.liaison, "PUT", client.progressPath(), Map.of("If-Match", etag),
                Map.of("actualValue", BigDecimal.valueOf(client.nextValue++), "unit", "个", "status", "ON_TRACK"));
    }
}
