package kaohe.bench.chaos;

import kaohe.bench.BenchHttp;
import kaohe.bench.Ledger;
import kaohe.bench.LedgerProgressBench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The run's own plan, defined as the office through the gateway: four departments, each leading one indicator.
 * The first two indicators get their targets revised, the last two departments record progress on a submitted
 * task in an open check, and the first department's liaison uploads photos.
 */
final class ChaosPlan {

    static final int DEPARTMENTS = 4;

    final String planId;
    final List<String> departments;
    final List<String> indicators = new ArrayList<>();
    final List<LedgerProgressBench.Client> checks = new ArrayList<>();

    private ChaosPlan(String run) {
        this.planId = "chaos-" + run;
        this.departments = IntStream.rangeClosed(1, DEPARTMENTS).mapToObj(i -> String.format("混沌处室%02d", i))
                .toList();
    }

    static ChaosPlan define(BenchHttp http, String run) throws Exception {
        var plan = new ChaosPlan(run);
        http.send("POST", "/api/indicator/plans", null, Map.of("planId", plan.planId, "year", 2020,
                "title", "故障注入测试计划", "departments", plan.departments, "leaders", List.of("段重利")));
        for (int i = 0; i < DEPARTMENTS; i++) {
            var created = http.send("POST", "/api/indicator/indicators", null, Map.of("planId", plan.planId,
                    "kind", "COMMON", "code", String.format("chaos-%02d", i + 1),
                    "text", String.format("故障注入测试指标 %02d：完成示范点创建", i + 1),
                    "targets", List.of(Map.of("key", "T1", "value", 100, "unit", "个", "subject", "示范点")),
                    "leadDepartments", List.of(plan.departments.get(i)), "leaders", List.of("段重利")));
            plan.indicators.add(http.json(created).get("indicatorId").asText());
        }
        Ledger.awaitCatalog(http, plan.planId, DEPARTMENTS, DEPARTMENTS, Duration.ofSeconds(60));
        var ledger = new LedgerProgressBench(http, null);
        for (int i = 2; i < DEPARTMENTS; i++) {
            plan.checks.add(ledger.setUp(plan.planId, plan.departments.get(i), plan.indicators.get(i)));
        }
        return plan;
    }

    List<String> revisedIndicators() {
        return indicators.subList(0, 2);
    }

    String uploadingDepartment() {
        return departments.get(0);
    }
}
