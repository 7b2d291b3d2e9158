package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScriptedPlan.A;
import static kaohe.scoring.web.ScriptedPlan.B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scripted case end to end, every figure worked out by hand below, on 2020-10-15 with default rules (v0:
 * completion 40, timeliness 20, materials 20, supervision 20; 10 points per day late; 2 points per breach).
 * <p>
 * Time-proportional plan: the notice was issued 2020-07-01, deadlines 2020-12-31 = 183 days; by 2020-10-15 106
 * days have passed, so 106 × 100 ÷ 183 = 57.9235 % should be done (by 2020-09-30: 91 days, 49.7268 %).
 * <pre>
 * A 政务服务管理处, year:
 *   完成情况  12 of 30 = 40 %; 40 × 100 ÷ 57.9235 = 69.0566 % of plan → 69.06, red (below 85)
 *   及时性    July check on time 100, August 2 days late 100 − 2 × 10 = 80, September not submitted (due 09-30) 0,
 *             Q3 report 2 days late 80 → (100 + 80 + 0 + 80) ÷ 4 = 65.00
 *   资料      Q3 report carries 2 pieces of evidence, 1 archived → 50 + 50 × 1/2 = 75.00
 *   督办      Q3 supervision score 90 → 90.00
 *   base      (69.06 × 40 + 65 × 20 + 75 × 20 + 90 × 20) ÷ 100 = 7362.40 ÷ 100 = 73.62
 *   total     73.62 + 3 (bonus, Q3) − 2 (breach 2020-08-20) = 74.62
 * B 审批制度改革处, year:
 *   完成情况  qualitative, ON_TRACK = 100 %; 100 × 100 ÷ 57.9235 = 172.6 % of plan, capped → 100.00, green
 *   及时性    July, August, September on time 100 each, Q3 report never submitted (due 09-30) 0 → 300 ÷ 4 = 75.00
 *   资料      the Q3 report is missing → 0.00
 *   督办      no score yet: left out with its weight
 *   base      (100 × 40 + 75 × 20 + 0 × 20) ÷ 80 = 5500 ÷ 80 = 68.75; its breach was revoked → total 68.75
 * </pre>
 */
class ScriptedScoringIntegrationTest extends ScoringIntegrationTestBase {

    private ScriptedPlan plan;
    private String base;

    @BeforeEach
    void officeHasActed() {
        plan = scripted();
        base = "/api/scoring/plans/" + plan.planId;
        ok(api.put(OFFICE, base + "/departments/" + A + "/supervision/2020-Q3", null,
                Map.of("score", 90, "comment", "按月督办，推进有力")));
        ok(api.post(OFFICE, base + "/departments/" + A + "/bonuses",
                Map.of("quarter", "2020-Q3", "points", 3, "reason", "示范镇街经验被市级推广")));
        ok(api.post(OFFICE, base + "/departments/" + A + "/breaches", breach("2020-08-20")));
        var breachOfB = ok(api.post(OFFICE, base + "/departments/" + B + "/breaches", breach("2020-09-10")));
        ok(api.post(OFFICE, base + "/departments/" + B + "/breaches/" + breachOfB.path("subject").asText()
                        + "/revocation",
                Map.of("reason", "经复核，事件不属实")));
        awaitScoringEvents(plan, 5);
    }

    @Test
    void theRankingMatchesTheHandComputedScores() {
        JsonNode ranking = rankingUnder(plan, 0);

        assertThat(ranking).hasSize(2);
        assertRow(ranking.get(0), 1, A, "74.62", "73.62", "RED");
        assertRow(ranking.get(1), 2, B, "68.75", "68.75", "GREEN");
        // the components in the rules' order, each with its label, weight, score and share of the base:
        // 69.06 × 40 ÷ 100 = 27.62, 65 × 20 ÷ 100 = 13.00 …, adding up to the base 73.62
        JsonNode a = ranking.get(0).path("components");
        assertThat(a).extracting(component -> component.path("name").asText())
                .containsExactly("completion", "timeliness", "materials", "supervision");
        assertThat(a.get(0).path("label").asText()).isEqualTo("完成情况");
        assertThat(a.get(0).path("weight").asInt()).isEqualTo(40);
        assertThat(component(ranking.get(0), "completion").path("score").decimalValue()).isEqualByComparingTo("69.06");
        assertThat(component(ranking.get(0), "completion").path("weighted").decimalValue())
                .isEqualByComparingTo("27.62");
        assertThat(component(ranking.get(0), "timeliness").path("score").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(component(ranking.get(0), "materials").path("score").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(component(ranking.get(0), "supervision").path("score").decimalValue())
                .isEqualByComparingTo("90.00");
        assertThat(component(ranking.get(1), "supervision").has("score")).as("B has no supervision score yet")
                .isFalse();
    }

    @Test
    void aScorecardExplainsEveryScoreDownToTheEventsBehindIt() {
        rankingUnder(plan, 0);
        JsonNode card = ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=2020"));

        JsonNode completion = component(card, "completion");
        JsonNode task = completion.path("items").get(0);
        assertThat(task.path("subject").asText()).isEqualTo(plan.taskA);
        assertThat(task.path("warning").asText()).isEqualTo("RED");
        assertThat(task.path("explanation").asText()).contains("实际 12 / 目标 30 个 = 40.00%", "57.92%", "69.06%");
        assertThat(eventIds(task)).contains(plan.progressA.eventId());
        assertThat(completion.path("items")).hasSize(1);
        JsonNode pending = completion.path("notCounted").get(0);
        assertThat(pending.path("subject").asText()).isEqualTo(plan.taskPendingA);
        assertThat(pending.path("review").asText()).isEqualTo("PENDING");
        assertThat(pending.path("explanation").asText()).startsWith("待审核");
        JsonNode timeliness = component(card, "timeliness");
        assertThat(timeliness.path("items")).extracting(item -> item.path("score").doubleValue())
                .containsExactly(100.0, 80.0, 0.0, 80.0);
        assertThat(eventIds(timeliness.path("items").get(3))).contains(plan.reportSubmittedA.eventId());
        assertThat(card.path("alerts")).extracting(alert -> alert.path("kind").asText())
                .containsExactly("RED", "OVERDUE_CHECK", "OVERDUE_GAP");
        assertThat(card.path("bonus").decimalValue()).isEqualByComparingTo("3");
        assertThat(card.path("deductions").decimalValue()).isEqualByComparingTo("2");
        assertThat(card.path("rulesVersion").asInt()).isZero();

        JsonNode event = ok(api.get(OFFICE, "/api/scoring/events/" + plan.progressA.eventId()));
        assertThat(event.path("payload").path("actualValue").decimalValue()).isEqualByComparingTo("12");
        assertThat(event.path("metadata").path("actorId").asText()).isEqualTo("feed");
    }

    /**
     * Q3 of A, on 2020-09-30: 40 × 100 ÷ 49.7268 = 80.44 (red); base (80.44 × 40 + 65 × 20 + 75 × 20 + 90 × 20)
     * ÷ 100 = 78.18; + 3 − 2 = 79.18. Q4 so far: only completion applies (69.06); nothing else is due yet.
     */
    @Test
    void quartersAreScoredOnTheirOwnItems() {
        rankingUnder(plan, 0);
        JsonNode q3 = ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=2020-Q3"));
        assertThat(q3.path("total").decimalValue()).isEqualByComparingTo("79.18");
        assertThat(component(q3, "completion").path("score").decimalValue()).isEqualByComparingTo("80.44");
        JsonNode q4 = ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=2020-Q4"));
        assertThat(q4.path("total").decimalValue()).isEqualByComparingTo("69.06");
        assertThat(component(q4, "timeliness").path("applicable").asBoolean()).isFalse();
    }

    /**
     * As of 2020-08-31 the office knew the July check (on time, 100) and nothing of progress; by then 61 of 183
     * days had passed (33.3333 %), so completion is 0 and red; the August check was not yet due, and the office's
     * acts of 2020-10-15 had not happened: (0 × 40 + 100 × 20) ÷ 60 = 33.33.
     */
    @Test
    void aScorecardAsOfAPastDayShowsWhatWasKnownThen() {
        rankingUnder(plan, 0);
        JsonNode then = ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=2020&asOf=2020-08-31"));
        assertThat(then.path("asOf").asText()).isEqualTo("2020-08-31");
        assertThat(then.path("total").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(component(then, "completion").path("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(component(then, "timeliness").path("items")).hasSize(1);
        assertThat(component(then, "materials").path("applicable").asBoolean()).isFalse();
        assertThat(then.path("bonus").decimalValue()).isEqualByComparingTo("0");
    }

    /**
     * The office's overview in one call: today the stored ranking, with the quarters the plan has run in as a trend
     * (A: Q3 79.18, Q4 69.06, as above); as of 2020-08-31 what was known then (A 33.33, only Q3 begun, none of the
     * office's acts of 2020-10-15); under rules v0 once v1 is in force, the ranking v0 gave (A first again).
     */
    @Test
    void theOfficeOverviewIsDrawnAsItStandsAsOfAPastDayOrUnderAnEarlierRulesVersion() {
        rankingUnder(plan, 0);
        JsonNode now = ok(api.get(OFFICE, base + "/dashboard/office"));
        assertThat(now.path("evaluatedOn").asText()).isEqualTo("2020-10-15");
        assertThat(now.path("quarters")).extracting(quarter -> quarter.path("period").asText())
                .containsExactly("2020-Q3", "2020-Q4");
        assertThat(now.path("quarters").get(0).path("totals").path(A).decimalValue()).isEqualByComparingTo("79.18");
        assertThat(now.path("quarters").get(1).path("totals").path(A).decimalValue()).isEqualByComparingTo("69.06");
        assertThat(now.path("breaches").path("RECORDED").asInt()).isEqualTo(1);
        assertThat(now.path("breaches").path("REVOKED").asInt()).isEqualTo(1);

        JsonNode then = ok(api.get(OFFICE, base + "/dashboard/office?asOf=2020-08-31"));
        assertThat(then.path("evaluatedOn").asText()).isEqualTo("2020-08-31");
        assertThat(then.path("quarters")).extracting(quarter -> quarter.path("period").asText())
                .containsExactly("2020-Q3");
        assertThat(rowOf(then.path("ranking"), A).path("total").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(rowOf(then.path("ranking"), A).path("evaluatedOn").asText()).isEqualTo("2020-08-31");
        assertThat(then.path("breaches").isEmpty()).as(then.path("breaches").toString()).isTrue();

        ok(api.post(OFFICE, base + "/rules", "\"0\"", rules(70, 10, 10, 10, "加大完成情况权重")));
        rankingUnder(plan, 1);
        JsonNode underV0 = ok(api.get(OFFICE, base + "/dashboard/office?rulesVersion=0"));
        assertThat(underV0.path("rulesVersion").asInt()).isZero();
        assertRow(underV0.path("ranking").get(0), 1, A, "74.62", "73.62", "RED");
        assertRow(underV0.path("ranking").get(1), 2, B, "68.75", "68.75", "GREEN");
        JsonNode underV1 = ok(api.get(OFFICE, base + "/dashboard/office"));
        assertThat(underV1.path("rulesVersion").asInt()).isEqualTo(1);
        assertRow(underV1.path("ranking").get(0), 1, B, "86.11", "86.11", "GREEN");
    }

    /**
     * Version 1 weighs completion 70 and the rest 10 each. A: (69.06 × 70 + 65 × 10 + 75 × 10 + 90 × 10) ÷ 100 =
     * 71.34, + 3 − 2 = 72.34. B: (100 × 70 + 75 × 10 + 0 × 10) ÷ 90 = 86.11. B now ranks first.
     */
    @Test
    void aChangedWeightShowsAsAWhatIfThenAsANewVersionAndTheDifferenceBetweenThem() {
        rankingUnder(plan, 0);
        var proposal = rules(70, 10, 10, 10, null);
        JsonNode whatIf = ok(api.post(OFFICE, base + "/what-if", proposal));
        assertThat(whatIf.path("departments").get(0).path("department").asText()).isEqualTo(B);
        assertThat(whatIf.path("departments").get(0).path("proposed").decimalValue()).isEqualByComparingTo("86.11");
        assertThat(whatIf.path("departments").get(0).path("currentRank").asInt()).isEqualTo(2);
        assertThat(whatIf.path("departments").get(1).path("delta").decimalValue()).isEqualByComparingTo("-2.28");

        ok(api.post(OFFICE, base + "/rules", "\"0\"", rules(70, 10, 10, 10, "加大完成情况权重")));
        JsonNode ranking = rankingUnder(plan, 1);
        assertRow(ranking.get(0), 1, B, "86.11", "86.11", "GREEN");
        assertRow(ranking.get(1), 2, A, "72.34", "71.34", "RED");

        JsonNode comparison = ok(api.get(OFFICE, base + "/scorecards/" + A
                + "/comparison?period=2020&leftRulesVersion=0&rightRulesVersion=1"));
        assertThat(comparison.path("totalDelta").decimalValue()).isEqualByComparingTo("-2.28");
        assertThat(comparison.path("left").path("total").decimalValue()).isEqualByComparingTo("74.62");
        assertThat(comparison.path("components").get(0).path("rightWeight").asInt()).isEqualTo(70);
        JsonNode versions = ok(api.get(OFFICE, base + "/rules"));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).path("reason").asText()).isEqualTo("加大完成情况权重");
        assertThat(versions.get(1).path("adoptedBy").asText()).isEqualTo("办公室管理员");
    }

    @Test
    void aRebuildFromTheEventHistoryEqualsTheLiveProjections() {
        rankingUnder(plan, 0);
        JsonNode started = ok(api.post(OFFICE, "/api/scoring/rebuilds", null));
        String id = started.path("id").asText();
        await("rebuild " + id + " ended", () -> !"RUNNING".equals(
                api.get(OFFICE, "/api/scoring/rebuilds/" + id).body().path("state").asText()));
        JsonNode run = ok(api.get(OFFICE, "/api/scoring/rebuilds/" + id));
        assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("VERIFIED");
        assertThat(run.path("differences").asInt()).isZero();
        assertThat(run.path("eventsDone").asLong()).isEqualTo(run.path("eventsTotal").asLong())
                .isGreaterThanOrEqualTo(plan.size());
        assertThat(rankingUnder(plan, 0).get(0).path("total").decimalValue()).isEqualByComparingTo("74.62");
    }

    @Test
    void theQuarterlySummaryDownloadsAsAWorkbookWithItsChineseIntact() throws Exception {
        rankingUnder(plan, 0);
        var response = http.exchange(base + "/summary.xlsx?period=2020-Q3", HttpMethod.GET,
                new HttpEntity<>(OFFICE.headers()), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''2020%E5%B9%B4");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            var summary = workbook.getSheet("汇总");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("2020 年第 3 季度考核汇总");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("处室");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo(A);
            assertThat(summary.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(79.18);
            assertThat(summary.getRow(3).getCell(9).getStringCellValue()).isEqualTo("红灯");
            var evidence = workbook.getSheet("佐证资料");
            assertThat(evidence.getRow(1).getCell(3).getStringCellValue()).endsWith("-验收现场.jpg");
            assertThat(workbook.getSheet("负面清单").getRow(1).getCell(0).getStringCellValue()).isEqualTo(A);
        }
    }

    @Test
    void theSummaryAlsoDownloadsAsAWordDocument() throws Exception {
        rankingUnder(plan, 0);
        var response = http.exchange(base + "/summary.docx?period=2020", HttpMethod.GET,
                new HttpEntity<>(OFFICE.headers()), byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        try (var document = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("2020 年度考核情况汇总", "共 2 个处室参加考核", "红灯处室：" + A);
            var table = document.getTables().get(0);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(A);
            assertThat(table.getRow(1).getCell(8).getText()).isEqualTo("74.62");
        }
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        rankingUnder(plan, 0);
        long consumed = count("SELECT count(*) FROM consumed_event");
        feed.send(plan.progressA);
        feed.send(plan.reportSubmittedA);
        ok(api.put(OFFICE, base + "/departments/" + A + "/supervision/2020-Q3", null, Map.of("score", 90,
                "comment", "再次确认")));
        awaitScoringEvents(plan, 6);
        assertThat(count("SELECT count(*) FROM consumed_event")).isEqualTo(consumed + 1);
        assertThat(rankingUnder(plan, 0).get(0).path("total").decimalValue()).isEqualByComparingTo("74.62");
    }

    static Map<String, Object> rules(int completion, int timeliness, int materials, int supervision,
                                     String reason) {
        var rules = new java.util.LinkedHashMap<String, Object>();
        rules.put("components", List.of(
                Map.of("name", "completion", "label", "完成情况", "weight", completion),
                Map.of("name", "timeliness", "label", "及时性", "weight", timeliness),
                Map.of("name", "materials", "label", "资料报送及归档", "weight", materials),
                Map.of("name", "supervision", "label", "督办", "weight", supervision)));
        rules.put("chaseRules", Map.of("overduePenalty", 5, "overduePerDay", 1, "reopenedPenalty", 3));
        rules.put("thresholds", Map.of("green", 95, "yellow", 85));
        rules.put("latePenaltyPerDay", 10);
        rules.put("defaultDeduction", 2);
        if (reason != null) {
            rules.put("reason", reason);
        }
        return rules;
    }

    private Map<String, Object> breach(String day) {
        return Map.of("indicatorId", plan.negativeItem, "occurredOn", day,
                "description", "窗口违规收取材料费", "evidence", List.of(), "confirmedBy", "办公室主任");
    }

    private static void assertRow(JsonNode row, int rank, String department, String total, String base,
                                  String warning) {
        assertThat(row.path("rank").asInt()).isEqualTo(rank);
        assertThat(row.path("department").asText()).isEqualTo(department);
        assertThat(row.path("total").decimalValue()).isEqualByComparingTo(total);
        assertThat(row.path("base").decimalValue()).isEqualByComparingTo(base);
        assertThat(row.path("warning").asText()).isEqualTo(warning);
    }

    private static JsonNode rowOf(JsonNode ranking, String department) {
        for (JsonNode row : ranking) {
            if (row.path("department").asText().equals(department)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + department + " in " + ranking);
    }

    static JsonNode component(JsonNode card, String name) {
        for (JsonNode component : card.path("components")) {
            if (component.path("name").asText().equals(name)) {
                return component;
            }
        }
        throw new AssertionError("no component " + name + " in " + card);
    }

    private static List<String> eventIds(JsonNode item) {
        List<String> ids = new ArrayList<>();
        item.path("events").forEach(event -> ids.add(event.path("eventId").asText()));
        return ids;
    }

    private static JsonNode ok(kaohe.testengines.ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString()).isBetween(200, 299);
        return answer.body();
    }
}
