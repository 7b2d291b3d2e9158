package kaohe.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What both ledger benches need: the wait for the ledger's catalog, and a task's six defines as sent. */
public final class Ledger {

    static final String YEAR_END = "2020-12-25";

    private Ledger() {
    }

    /**
     * Waits until the ledger has learnt the plan from the indicator context's events (Kafka, asynchronous):
     * {@code departments} departments and {@code indicators} indicators. Answers the catalog.
     */
    public static JsonNode awaitCatalog(BenchHttp http, String planId, int departments, int indicators, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing";
        while (System.nanoTime() < deadline) {
            var response = http.sendRaw("GET", "/api/ledger/plans/" + planId, null, null);
            if (BenchHttp.succeeded(response)) {
                JsonNode catalog = http.json(response);
                if (catalog.path("departments").size() >= departments
                        && catalog.path("indicators").asInt() >= indicators) {
                    return catalog;
                }
                last = catalog.toString();
            } else {
                last = response.statusCode() + " " + response.body();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the ledger's catalog of " + planId + " did not reach " + departments
                + " departments and " + indicators + " indicators within " + timeout.toSeconds() + " s; last: "
                + last);
    }

    /**
     * The six defines, complete, and the main measures. {@code quantity} is {@code {value, unit, targetKey}};
     * without it the task is qualitative (定性) and its standard is what is assessed.
     */
    static Map<String, Object> defines(String department, String nature, Map<String, Object> quantity,
                                       String standard) {
        Map<String, Object> defines = new LinkedHashMap<>();
        defines.put("nature", cut(nature, 500));
        if (quantity != null) {
            defines.put("quantity", quantity);
        } else {
            defines.put("qualitative", true);
        }
        defines.put("standard", cut(standard, 1000));
        defines.put("deadline", YEAR_END);
        defines.put("milestones", List.of(Map.of("dueOn", "2020-06-30", "description", "完成年度任务过半"),
                Map.of("dueOn", "2020-12-15", "description", "全面完成并整理印证资料")));
        defines.put("responsibleUnit", cut(department, 100));
        defines.put("responsiblePerson", cut(department + "负责人", 50));
        defines.put("measures", "建立工作台账，明确责任人和完成时限；每月对照台账查漏补缺、做好小结；"
                + "每季度末将进展情况及印证材料书面报办公室。");
        return defines;
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
