package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSubject;
import kaohe.supervision.event.ChaseSubjectKind;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kaohe.scoring.web.ScoringUsers.LIAISON_A;
import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScriptedPlan.A;
import static kaohe.scoring.web.ScriptedScoringIntegrationTest.component;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 督办单 (chases) from the supervision context lower A's 督办 component by the default chase rules (5 per missed
 * reply-by + 1 per day late, 3 per send-back), on 2020-10-15:
 * <pre>
 * Q3  office's score 90; "九月小结督办" replied 2020-09-13, 3 days after its reply-by 09-10: − (5 + 3) = 82.00;
 *     "误发督办" unanswered past its reply-by but withdrawn: nothing
 * Q4  no office score: from 100; "示范镇街督办" replied in time, sent back 2020-10-09: − 3; "十月推进督办" due
 *     10-12 and unanswered 3 days later: − (5 + 3) → 100 − 11 = 89.00
 * year (82 + 89) ÷ 2 = 85.50
 * </pre>
 */
class ChaseScoringIntegrationTest extends ScoringIntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ScriptedPlan plan;
    private String base;

    @BeforeEach
    void officeScoredAndChased() {
        plan = scripted();
        base = "/api/scoring/plans/" + plan.planId;
        ok(api.put(OFFICE, base + "/departments/" + A + "/supervision/2020-Q3", null,
                Map.of("score", 90, "comment", "按月督办，推进有力")));
        awaitScoringEvents(plan, 1);

        String late = chase("九月小结督办", "2020-09-01", "2020-09-10");
        feed.publish("supervision", late, 1, at("2020-09-13"), new ChaseRepliedEvent(late, plan.planId, A, 1,
                "九月小结已报送", List.of(), day("2020-09-13"), day("2020-09-10"), 3));
        String sentBack = chase("示范镇街督办", "2020-09-20", "2020-09-25");
        feed.publish("supervision", sentBack, 1, at("2020-09-24"), new ChaseRepliedEvent(sentBack, plan.planId, A,
                1, "已完成 12 个", List.of(), day("2020-09-24"), day("2020-09-25"), 0));
        feed.publish("supervision", sentBack, 2, at("2020-10-09"), new ChaseSentBackEvent(sentBack, plan.planId,
                A, 1, day("2020-09-25"), day("2020-10-20")));
        String withdrawn = chase("误发督办", "2020-09-01", "2020-09-05");
        feed.publish("supervision", withdrawn, 1, at("2020-09-02"),
                new ChaseWithdrawnEvent(withdrawn, plan.planId, A));
        chase("十月推进督办", "2020-10-08", "2020-10-12");
        await("the chases consumed", () -> count("""
                SELECT count(*) FROM consumed_event WHERE plan_id = ? AND type LIKE 'supervision.%'""",
                plan.planId) == 8);
    }

    @Test
    void aChaseRepliedLateAndOneSentBackLowerTheSupervisionComponentAndSayWhy() {
        JsonNode q3 = supervisionOf("2020-Q3");
        assertThat(q3.path("score").decimalValue()).isEqualByComparingTo("82.00");
        JsonNode q3Item = q3.path("items").get(0);
        assertThat(q3Item.path("explanation").asText()).contains("办公室督办评分 90（按月督办，推进有力）",
                "督办单“九月小结督办”第 1 轮逾期 3 天反馈（答复期限 2020-09-10），扣 5 + 3 × 1 = 8", "90 − 8 = 82.00")
                .doesNotContain("误发督办");

        JsonNode q4 = supervisionOf("2020-Q4");
        assertThat(q4.path("score").decimalValue()).isEqualByComparingTo("89.00");
        assertThat(q4.path("items").get(0).path("explanation").asText()).contains("办公室尚未评分，按 100 计",
                "督办单“示范镇街督办”第 1 轮反馈被退回重办，扣 3",
                "督办单“十月推进督办”第 1 轮已过答复期限 3 天仍未反馈（答复期限 2020-10-12），扣 5 + 3 × 1 = 8",
                "100 − 11 = 89.00");

        JsonNode year = supervisionOf("2020");
        assertThat(year.path("score").decimalValue()).isEqualByComparingTo("85.50");
        assertThat(year.path("weight").asInt()).isEqualTo(20);
        assertThat(year.path("label").asText()).isEqualTo("督办");

        // the ranking carries the same component, and the liaison's own dashboard the lines that explain it
        JsonNode row = rankingUnder(plan, 0).get(0);
        assertThat(component(row, "supervision").path("score").decimalValue()).isEqualByComparingTo("85.50");
        JsonNode dashboard = ok(api.get(LIAISON_A, base + "/dashboard/departments/" + A));
        assertThat(dashboard.path("supervision")).extracting(item -> item.path("explanation").asText())
                .anySatisfy(text -> assertThat(text).contains("退回重办"));
    }

    @Test
    void theExportsStillCarryEveryComponent() {
        rankingUnder(plan, 0);
        var workbook = http.exchange(base + "/summary.xlsx?period=2020", HttpMethod.GET,
                new HttpEntity<>(OFFICE.headers()), byte[].class);
        assertThat(workbook.getStatusCode().value()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(workbook.getBody()))) {
            var header = book.getSheet("汇总").getRow(2);
            assertThat(List.of(header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue(),
                    header.getCell(6).getStringCellValue()))
                    .containsExactly("完成情况", "及时性", "资料报送及归档", "督办", "加分");
            var rowOfA = book.getSheet("汇总").getRow(3);
            assertThat(rowOfA.getCell(1).getStringCellValue()).isEqualTo(A);
            assertThat(rowOfA.getCell(5).getNumericCellValue()).isEqualTo(85.5);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        var document = http.exchange(base + "/summary.docx?period=2020", HttpMethod.GET,
                new HttpEntity<>(OFFICE.headers()), byte[].class);
        assertThat(document.getStatusCode().value()).isEqualTo(200);
    }

    private JsonNode supervisionOf(String period) {
        await("A's 督办 of " + period + " lowered by its chases", () -> component(
                api.get(OFFICE, base + "/scorecards/" + A + "?period=" + period).body(), "supervision")
                .path("items").toString().contains("督办单"));
        return component(ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=" + period)), "supervision");
    }

    private String chase(String title, String openedOn, String replyBy) {
        String chaseId = UUID.randomUUID().toString();
        feed.publish("supervision", chaseId, 0, at(openedOn), new ChaseOpenedEvent(chaseId, plan.planId, A,
                new ChaseSubject(ChaseSubjectKind.DEPARTMENT, null, A), title, "请按期反馈", day(replyBy),
                day(openedOn)));
        return chaseId;
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    private static Instant at(String day) {
        return day(day).atTime(10, 0).atZone(SHANGHAI).toInstant();
    }

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString()).isBetween(200, 299);
        return answer.body();
    }
}
