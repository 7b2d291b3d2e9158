package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.testengines.ApiClient.Answer;
import kaohe.testengines.ApiClient.DevUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static kaohe.scoring.web.ScoringUsers.AUDITOR;
import static kaohe.scoring.web.ScoringUsers.DUAN;
import static kaohe.scoring.web.ScoringUsers.LIAISON_A;
import static kaohe.scoring.web.ScoringUsers.LIAISON_B;
import static kaohe.scoring.web.ScoringUsers.NOBODY;
import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScoringUsers.ZHANG;
import static kaohe.scoring.web.ScriptedPlan.A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 提分建议 over HTTP on the scripted plan, 2020-10-15, the year under the default rules. A now: 完成情况 its towns
 * task 12 of 30 = 40 % of a 57.9235 % plan = 69.06; 及时性 July 100, August 80, September's check overdue 0, the Q3
 * report 2 days late 80 = 65.00; 资料 two pieces, one archived = 75.00; base (2762.4 + 1300 + 1500) ÷ 80 = 69.53.
 * The towns task on plan (100): base (4000 + 1300 + 1500) ÷ 80 = 85.00, +15.47. October's check on time: 及时性
 * 360 ÷ 5 = 72.00, base 5702.4 ÷ 80 = 71.28, +1.75. September's check, 15 days late, and the open gap: +0.00.
 */
class ScoreOpportunitiesIntegrationTest extends ScoringIntegrationTestBase {

    private ScriptedPlan plan;
    private String path;

    @BeforeEach
    void plan() {
        plan = scripted();
        path = "/api/scoring/plans/" + plan.planId + "/scorecards/" + A + "/opportunities";
    }

    @Test
    void theLiaisonSeesWhatWouldRaiseItsScoreMostRankedByThePointsEachRecovers() {
        long started = System.nanoTime();
        Answer answer = api.get(LIAISON_A, path);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        JsonNode body = answer.body();

        assertThat(body.get("total").decimalValue()).isEqualByComparingTo("69.53");
        assertThat(body.get("rulesVersion").asInt()).isZero();
        assertThat(body.get("period").asText()).isEqualTo("2020");
        assertThat(body.get("asOf").asText()).isEqualTo("2020-10-15");
        assertThat(rows(body.get("opportunities"))).containsExactly(
                "TASK_PROGRESS 15.47 推进任务“创建 30 个示范镇街”，月度检查中实际值达到 18 个（按时序应完成 57.92%）",
                "SUBMIT_CHECK 1.75 提交2020年10月月度检查");
        assertThat(body.get("opportunities").get(0).get("taskId").asText()).isEqualTo(plan.taskA);
        assertThat(body.get("opportunities").get(0).get("indicatorId").asText()).isEqualTo(plan.demoTowns);
        assertThat(rows(body.get("withoutGain"))).containsExactly("SUBMIT_CHECK 0.00 提交2020年9月月度检查",
                "CLOSE_GAP 0.00 整改问题“3 个镇街便民服务中心未挂牌”并销号");
        assertThat(body.get("withoutGain").get(1).get("dueOn").asText()).isEqualTo("2020-10-10");
        // the scorer runs once per open act: a handful here, well under a second
        assertThat(millis).as("answered in %d ms", millis).isLessThan(2_000);
    }

    @Test
    void aQuarterNamedIsScoredAsItsScorecardIs() {
        Answer answer = api.get(OFFICE, path + "?period=2020-Q3");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("period").asText()).isEqualTo("2020-Q3");
        var card = api.get(OFFICE, "/api/scoring/plans/" + plan.planId + "/scorecards/" + A + "?period=2020-Q3");
        assertThat(answer.body().get("total").decimalValue()).isEqualByComparingTo(card.body().get("total")
                .decimalValue());
        assertThat(rows(answer.body().get("opportunities"))).noneMatch(row -> row.startsWith("TASK_"));
    }

    @Test
    void theDepartmentsOpportunitiesAreForThoseWhoMayReadItsScorecard() {
        for (DevUser user : List.of(OFFICE, AUDITOR, LIAISON_A, ZHANG)) {
            assertThat(api.get(user, path).status()).as(user.id()).isEqualTo(200);
        }
        for (DevUser user : List.of(LIAISON_B, DUAN)) {
            Answer refused = api.get(user, path);
            assertThat(refused.status()).as(user.id()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("not-your-department");
        }
        assertThat(api.get(NOBODY, path).status()).isEqualTo(401);
    }

    @Test
    void unknownPlansAndDepartmentsAreNotFoundAndABadPeriodIsRefused() {
        assertProblem(api.get(OFFICE, "/api/scoring/plans/no-such-plan/scorecards/" + A + "/opportunities"), 404,
                "unknown-plan");
        assertProblem(api.get(LIAISON_A, "/api/scoring/plans/no-such-plan/scorecards/" + A + "/opportunities"), 404,
                "unknown-plan");
        assertProblem(api.get(OFFICE, "/api/scoring/plans/" + plan.planId + "/scorecards/不存在的处室/opportunities"),
                404, "unknown-department");
        assertProblem(api.get(OFFICE, path + "?period=2020-Q5"), 400, "invalid-period");
        assertProblem(api.get(OFFICE, path + "?period=" + "9".repeat(300)), 400, "invalid-period");
        assertProblem(api.get(OFFICE, path + "?period=2019"), 400, "period-outside-plan");
    }

    private static List<String> rows(JsonNode opportunities) {
        List<String> rows = new ArrayList<>();
        opportunities.forEach(row -> rows.add(row.get("kind").asText() + " " + row.get("points").decimalValue()
                .setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " " + row.get("action").asText()));
        return rows;
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo(code);
    }
}
