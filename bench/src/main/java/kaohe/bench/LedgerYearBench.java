package kaohe.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One bureau's year of ledgers generated through the gateway and timed: the seed's decomposition table imported
 * into a fresh plan; then every department, concurrently, builds its ledger (one task per carried indicator, six
 * defines complete, submitted), keeps 12 monthly checks (progress of every task, a gap, a summary, submitted) and
 * 4 quarterly reports (co-signed by the cooperating departments, submitted, about one in three returned by the
 * office and resubmitted, accepted). Prints the wall time and the events the ledger stored.
 */
final class LedgerYearBench {

    private static final int THREADS = 8;
    private static final int YEAR = 2020;

    private final BenchHttp http;
    private final String ledgerJdbcUrl;
    private final Path seed;
    private final Failures failures = new Failures(8);

    LedgerYearBench(BenchHttp http, String ledgerJdbcUrl, Path seed) {
        this.http = http;
        this.ledgerJdbcUrl = ledgerJdbcUrl;
        this.seed = seed;
    }

    /** An indicator as a department carries it ({@code /carried}), with its first target if it has one. */
    private record Carried(String indicatorId, String code, String text, String carriedAs, JsonNode firstTarget,
                           List<String> cooperatingDepartments) {
    }

    /** A submitted task: what monthly progress is recorded against. {@code value} is null when qualitative. */
    private record Task(String taskId, Carried carried, BigDecimal value, String unit) {
    }

    void run() throws Exception {
        String planId = "bench-year-" + UUID.randomUUID().toString().substring(0, 8);
        var imported = http.json(http.upload(BenchHttp.Identity.OFFICE,
                "/api/indicator/imports?commit=true&planId=" + planId, "file", seed.getFileName().toString(),
                Files.readAllBytes(seed)));
        int indicators = imported.path("total").asInt();
        int expectedDepartments = imported.path("departments").size();
        JsonNode catalog = Ledger.awaitCatalog(http, planId, expectedDepartments, indicators, Duration.ofSeconds(120));
        List<String> departments = new ArrayList<>();
        catalog.path("departments").forEach(department -> departments.add(department.asText()));
        System.out.println("# ledger.year: plan " + planId + ", " + departments.size() + " departments, "
                + indicators + " indicators");

        Long eventsBefore = eventCount();
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            Map<String, List<Carried>> carried = new ConcurrentHashMap<>();
            await(departments.stream().map(department -> pool.submit(() -> {
                carried.put(department, carried(planId, department));
                return null;
            })).toList());
            List<Future<?>> years = new ArrayList<>();
            for (int i = 0; i < departments.size(); i++) {
                var year = new DepartmentYear(planId, departments.get(i), i, carried.get(departments.get(i)));
                years.add(pool.submit(() -> {
                    year.run();
                    return null;
                }));
            }
            await(years);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Long eventsAfter = eventCount();
        Figures.print("ledger.year.seconds", seconds, "s");
        if (eventsBefore != null && eventsAfter != null) {
            Figures.print("ledger.year.events", eventsAfter - eventsBefore, "events");
        }
        failures.print("requests", "ledger.year");
    }

    private List<Carried> carried(String planId, String department) throws Exception {
        String path = "/api/ledger/plans/" + planId + "/carried?department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8);
        var response = attempt(BenchHttp.Identity.liaison(department), "GET", path, null, null);
        List<Carried> items = new ArrayList<>();
        if (response != null) {
            for (JsonNode item : http.json(response)) {
                JsonNode targets = item.path("targets");
                List<String> partners = new ArrayList<>();
                item.path("cooperatingDepartments").forEach(partner -> partners.add(partner.asText()));
                items.add(new Carried(item.path("indicatorId").asText(), item.path("code").asText(),
                        item.path("text").asText(), item.path("carriedAs").asText(),
                        targets.isArray() && !targets.isEmpty() ? targets.get(0) : null, partners));
            }
        }
        return items;
    }

    /** One department's year, in the order its liaison would live it. */
    private final class DepartmentYear {

        private final String planId;
        private final String department;
        private final int index;
        private final List<Carried> carried;
        private final BenchHttp.Identity liaison;
        private final List<Task> tasks = new ArrayList<>();

        DepartmentYear(String planId, String department, int index, List<Carried> carried) {
            this.planId = planId;
            this.department = department;
            this.index = index;
            this.carried = carried == null ? List.of() : carried;
            this.liaison = BenchHttp.Identity.liaison(department);
        }

        void run() throws Exception {
            for (Carried item : carried) {
                buildTask(item);
            }
            for (int month = 1; month <= 12; month++) {
                monthlyCheck(YearMonth.of(YEAR, month));
                if (month % 3 == 0) {
                    quarterlyReport(month / 3);
                }
            }
        }

        private void buildTask(Carried item) throws Exception {
            Map<String, Object> quantity = null;
            BigDecimal value = null;
            String unit = null;
            if (item.firstTarget() != null) {
                JsonNode target = item.firstTarget();
                value = target.path("value").decimalValue();
                unit = target.path("unit").asText();
                quantity = Map.of("value", value, "unit", unit, "targetKey", target.path("key").asText());
            }
            String role = item.carriedAs().equals("LEAD") ? "牵头" : "配合";
            var drafted = attempt(liaison, "POST", "/api/ledger/tasks", null, Map.of("planId", planId,
                    "indicatorId", item.indicatorId(), "department", department,
                    "title", Ledger.cut(item.code() + "：" + item.text(), 60),
                    "defines", Ledger.defines(department, role + "落实：" + item.text(), quantity,
                            "按考核指标要求按时保质完成，" + role + "工作有记录、有印证")));
            if (drafted == null) {
                return;
            }
            String taskId = http.json(drafted).path("taskId").asText();
            var submitted = attempt(liaison, "POST", "/api/ledger/tasks/" + taskId + "/submission",
                    ifMatch(drafted), null);
            if (submitted != null) {
                tasks.add(new Task(taskId, item, value, unit));
            }
        }

        private void monthlyCheck(YearMonth month) throws Exception {
            var opened = attempt(liaison, "POST", "/api/ledger/checks", null,
                    Map.of("planId", planId, "department", department, "month", month.toString()));
            if (opened == null) {
                return;
            }
            String checkId = http.json(opened).path("checkId").asText();
            var check = new Versioned("/api/ledger/checks/" + checkId, opened);
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                Map<String, Object> progress = new LinkedHashMap<>();
                if (task.value() != null) {
                    progress.put("actualValue", task.value().multiply(BigDecimal.valueOf(month.getMonthValue()))
                            .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP).stripTrailingZeros());
                    progress.put("unit", task.unit());
                }
                progress.put("status", month.getMonthValue() == 12 ? "DONE"
                        : (i + month.getMonthValue()) % 7 == 0 ? "BEHIND" : "ON_TRACK");
                progress.put("note", month.getMonthValue() + "月按台账推进");
                check.write(liaison, "PUT", "/progress/" + task.taskId(), progress);
            }
            Map<String, Object> gap = new LinkedHashMap<>();
            if (!tasks.isEmpty()) {
                gap.put("taskId", tasks.get(month.getMonthValue() % tasks.size()).taskId());
            }
            gap.put("description", month.getMonthValue() + "月印证材料（照片电子版）未归档齐全");
            gap.put("owner", department + "联络员");
            gap.put("fixBy", month.plusMonths(1).atDay(10).toString());
            check.add(liaison, "/gaps", gap);
            check.write(liaison, "PUT", "/summary", Map.of("summary", month.getMonthValue() + "月小结：" + department
                    + "对照台账查漏补缺，" + tasks.size() + "项任务按计划推进，发现问题1个，已明确整改责任人和时限。"));
            check.write(liaison, "POST", "/submission", null);
        }

        private void quarterlyReport(int quarterNumber) throws Exception {
            String quarter = YEAR + "-Q" + quarterNumber;
            for (Task task : tasks) {
                if (!task.carried().carriedAs().equals("LEAD")) {
                    continue;
                }
                // the named cooperating departments must co-sign; 各处室配合 alone asks no one to
                for (String partner : task.carried().cooperatingDepartments()) {
                    attempt(BenchHttp.Identity.liaison(partner), "POST",
                            "/api/ledger/tasks/" + task.taskId() + "/co-signatures", null,
                            Map.of("quarter", quarter, "contribution", partner + "按分工配合完成" + quarter
                                    + "相关工作，提供了印证材料"));
                }
            }
            var drafted = attempt(liaison, "POST", "/api/ledger/reports", null, Map.of("planId", planId,
                    "department", department, "quarter", quarter,
                    "narrative", department + YEAR + "年第" + quarterNumber + "季度目标任务进展情况：共承担"
                            + tasks.size() + "项任务，均按台账推进，每月查漏补缺并形成小结。"));
            if (drafted == null) {
                return;
            }
            String reportId = http.json(drafted).path("reportId").asText();
            var report = new Versioned("/api/ledger/reports/" + reportId, drafted);
            report.write(liaison, "POST", "/submission", null);
            if ((index * 4 + quarterNumber) % 3 == 0) {
                report.write(BenchHttp.Identity.OFFICE, "POST", "/return",
                        Map.of("reason", "进展情况不够具体，请补充量化数据和印证照片后重新报送"));
                report.write(liaison, "PUT", "", Map.of("narrative", department + YEAR + "年第" + quarterNumber
                        + "季度目标任务进展情况（补充）：共承担" + tasks.size() + "项任务，量化数据见各任务进展。"));
                report.write(liaison, "POST", "/submission", null);
            }
            report.write(BenchHttp.Identity.OFFICE, "POST", "/acceptance", null);
        }
    }

    /**
     * Writes on one aggregate with its ETag as If-Match. A refused write is counted and the ETag read again, so
     * the year goes on.
     */
    private final class Versioned {

        private final String path;
        private String etag;

        Versioned(String path, HttpResponse<String> created) {
            this.path = path;
            this.etag = created.headers().firstValue("ETag").orElse(null);
        }

        /** A change that must name the version it applies to. */
        void write(BenchHttp.Identity who, String method, String subPath, Object body) {
            answered(who, attempt(who, method, path + subPath,
                    etag == null ? Map.of() : Map.of("If-Match", etag), body));
        }

        /** A POST that adds to the aggregate without naming a version (a gap). */
        void add(BenchHttp.Identity who, String subPath, Object body) {
            answered(who, attempt(who, "POST", path + subPath, null, body));
        }

        private void answered(BenchHttp.Identity who, HttpResponse<String> response) {
            etag = response == null ? null : response.headers().firstValue("ETag").orElse(null);
            if (etag == null) {
                var current = attempt(who, "GET", path, null, null);
                etag = current == null ? null : current.headers().firstValue("ETag").orElse(null);
            }
        }
    }

    private static Map<String, String> ifMatch(HttpResponse<String> previous) {
        return previous.headers().firstValue("ETag").map(etag -> Map.of("If-Match", etag)).orElse(Map.of());
    }

    /** The answer if 2xx; otherwise the refusal (or the exception) is counted and null answered. */
    private HttpResponse<String> attempt(BenchHttp.Identity who, String method, String path,
                                         Map<String, String> headers, Object body) {
        try {
            var response = http.sendRaw(who, method, path, headers, body);
            if (BenchHttp.succeeded(response)) {
                return response;
            }
            failures.record(method, path, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.record(method + " " + path, e);
        } catch (Exception e) {
            failures.record(method + " " + path, e);
        }
        return null;
    }

    /** Rows in the ledger's event store; null (and a comment line) if the database cannot be read. */
    private Long eventCount() {
        try (Connection connection = DriverManager.getConnection(ledgerJdbcUrl, "postgres", "postgres");
             var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            System.out.println("# ledger.year.events not counted: " + e);
            return null;
        }
    }

    private static void await(List<? extends Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get();
        }
    }
}
