package kaohe.scoring.web;

import kaohe.scoring.live.LiveScoring;
import kaohe.testengines.ApiClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScriptedPlan.A;
import static kaohe.scoring.web.ScriptedScoringIntegrationTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear problem and changes nothing; repeated and concurrent requests are safe. */
class ScoringBadInputIntegrationTest extends ScoringIntegrationTestBase {

    @Autowired
    private LiveScoring live;

    private ScriptedPlan plan;
    private String base;

    @BeforeEach
    void plan() {
        plan = scripted();
        base = "/api/scoring/plans/" + plan.planId;
    }

    @Test
    void rulesThatDoNotHoldTogetherAreRefusedAndNoVersionIsAdded() {
        assertProblem(adopt("\"0\"", rules(40, 20, 20, 30, "多了 10")), 400, "weights-not-100");
        assertProblem(adopt("\"0\"", rules(-10, 50, 40, 20, "负权重")), 400, "weights-not-100");
        var unknownComponent = rules(40, 20, 20, 0, "新增创新项");
        var components = new ArrayList<Object>((List<?>) unknownComponent.get("components"));
        components.add(Map.of("name", "innovation", "label", "改革创新", "weight", 20));
        unknownComponent.put("components", components);
        assertProblem(adopt("\"0\"", unknownComponent), 400, "unknown-component");
        var negativeChase = rules(40, 20, 20, 20, "督办单倒扣");
        negativeChase.put("chaseRules", Map.of("overduePenalty", -5, "overduePerDay", 1, "reopenedPenalty", 3));
        assertProblem(adopt("\"0\"", negativeChase), 400, "points-out-of-range");
        var oldShape = rules(40, 20, 20, 20, "旧格式");
        oldShape.remove("components");
        oldShape.put("weights", Map.of("completion", 70, "timeliness", 10, "materials", 10, "supervision", 10));
        assertThat(adopt("\"0\"", oldShape).status()).isEqualTo(400);
        var badThresholds = rules(40, 20, 20, 20, "阈值颠倒");
        badThresholds.put("thresholds", Map.of("green", 80, "yellow", 90));
        assertProblem(adopt("\"0\"", badThresholds), 400, "thresholds-out-of-order");
        var badPenalty = rules(40, 20, 20, 20, "罚分过大");
        badPenalty.put("latePenaltyPerDay", 101);
        assertProblem(adopt("\"0\"", badPenalty), 400, "points-out-of-range");
        var notNegativeList = rules(40, 20, 20, 20, "一票否决");
        notNegativeList.put("breachRules", List.of(Map.of("indicatorId", plan.demoTowns, "deduction", 5,
                "veto", true)));
        assertProblem(adopt("\"0\"", notNegativeList), 400, "unknown-negative-list-item");
        var twice = rules(40, 20, 20, 20, "重复");
        twice.put("breachRules", List.of(Map.of("indicatorId", plan.negativeItem, "deduction", 5, "veto", false),
                Map.of("indicatorId", plan.negativeItem, "deduction", 3, "veto", false)));
        assertProblem(adopt("\"0\"", twice), 400, "duplicate-breach-rule");
        assertProblem(adopt("\"0\"", rules(70, 10, 10, 10, null)), 400, "reason-required");
        assertProblem(adopt("\"0\"", rules(40, 20, 20, 20, "与默认相同")), 409, "no-change");
        assertProblem(adopt(null, rules(70, 10, 10, 10, "无版本")), 428, "if-match-required");
        assertProblem(adopt("\"3\"", rules(70, 10, 10, 10, "旧版本")), 412, "stale-version");
        var unknownField = rules(70, 10, 10, 10, "夹带字段");
        unknownField.put("version", 7);
        assertProblem(adopt("\"0\"", unknownField), 400, "unknown-field");

        assertThat(api.get(OFFICE, base + "/rules").body()).hasSize(1);
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", plan.planId))
                .isZero();
    }

    @Test
    void twoOfficesAdoptingAtOnceFromTheSameVersion_oneWinsTheOtherIsToldItIsStale() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> adopt("\"0\"", rules(70, 10, 10, 10, "甲")));
        var second = CompletableFuture.supplyAsync(() -> adopt("\"0\"", rules(60, 20, 10, 10, "乙")));
        List<Integer> statuses = new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS).status(),
                second.get(30, TimeUnit.SECONDS).status()));
        statuses.sort(Integer::compare);
        assertThat(statuses.get(0)).as("one adopted").isEqualTo(201);
        assertThat(statuses.get(1)).as("the other stale (412) or losing the race on the store (409)")
                .isIn(409, 412);
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", plan.planId))
                .isEqualTo(1);
    }

    @Test
    void breachesThatNameNoNegativeListItemNoKnownDepartmentOrADayOutsideTheYearAreRefused() {
        assertProblem(api.post(OFFICE, base + "/departments/" + A + "/breaches",
                breach(plan.demoTowns, "2020-08-20")), 400, "unknown-negative-list-item");
        assertProblem(api.post(OFFICE, base + "/departments/不存在的处室/breaches",
                breach(plan.negativeItem, "2020-08-20")), 400, "unknown-department");
        assertProblem(api.post(OFFICE, base + "/departments/" + A + "/breaches",
                breach(plan.negativeItem, "2021-01-02")), 400, "date-outside-plan-year");
        var noDescription = new HashMap<>(breach(plan.negativeItem, "2020-08-20"));
        noDescription.remove("description");
        var missing = api.post(OFFICE, base + "/departments/" + A + "/breaches", noDescription);
        assertProblem(missing, 400, "invalid-request");
        assertThat(missing.body().path("errors").get(0).path("field").asText()).isEqualTo("description");
        var withActor = new HashMap<>(breach(plan.negativeItem, "2020-08-20"));
        withActor.put("actorId", "someone-else");
        assertProblem(api.post(OFFICE, base + "/departments/" + A + "/breaches", withActor), 400, "unknown-field");
        assertProblem(api.post(OFFICE, "/api/scoring/plans/no-such-plan/departments/" + A + "/breaches",
                breach(plan.negativeItem, "2020-08-20")), 404, "unknown-plan");
        assertProblem(api.post(OFFICE, base + "/departments/" + A + "/breaches/no-such-breach/revocation",
                Map.of("reason", "复核")), 404, "not-found");
        assertThat(scoringEvents()).isZero();
    }

    @Test
    void supervisionScoresAndBonusesOutOfRangeAreRefused() {
        assertProblem(score("2020-Q3", 101), 400, "score-out-of-range");
        assertProblem(score("2020-Q3", -1), 400, "score-out-of-range");
        assertProblem(score("2021-Q1", 90), 400, "quarter-outside-plan-year");
        assertProblem(score("2020-Q5", 90), 400, "invalid-quarter");
        assertProblem(api.post(OFFICE, base + "/departments/" + A + "/bonuses",
                Map.of("quarter", "2020-Q3", "points", 0, "reason", "零分")), 400, "bonus-out-of-range");
        assertProblem(api.post(OFFICE, base + "/departments/" + A + "/bonuses",
                Map.of("quarter", "2020-Q3", "points", 25, "reason", "太多")), 400, "bonus-out-of-range");
        assertProblem(api.post(OFFICE, base + "/departments/" + A + "/bonuses",
                Map.of("quarter", "2020-Q3", "points", 2)), 400, "reason-required");
        assertThat(scoringEvents()).isZero();
    }

    @Test
    void repeatedActsAreRecognised() {
        assertThat(score("2020-Q3", 90).status()).isEqualTo(200);
        assertProblem(score("2020-Q3", 90), 409, "no-change");
        var headers = OFFICE.headers();
        headers.set("Idempotency-Key", "breach-" + plan.planId);
        var first = api.call(HttpMethod.POST, base + "/departments/" + A + "/breaches", headers,
                breach(plan.negativeItem, "2020-08-20"));
        var again = api.call(HttpMethod.POST, base + "/departments/" + A + "/breaches", headers,
                breach(plan.negativeItem, "2020-08-20"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("subject").asText()).isEqualTo(first.body().path("subject").asText());
        String revocation = base + "/departments/" + A + "/breaches/" + first.body().path("subject").asText()
                + "/revocation";
        assertThat(api.post(OFFICE, revocation, Map.of("reason", "不属实")).status()).isEqualTo(200);
        assertProblem(api.post(OFFICE, revocation, Map.of("reason", "再撤一次")), 409, "breach-state");
        awaitScoringEvents(plan, 3);
    }

    @Test
    void viewsAsOfADayBeforeThePlanOrInTheFutureOrUnderAnUnknownVersionAreRefused() {
        String card = base + "/scorecards/" + A;
        assertProblem(api.get(OFFICE, card + "?asOf=2020-06-30"), 400, "as-of-before-plan");
        assertProblem(api.get(OFFICE, card + "?asOf=2020-10-16"), 400, "as-of-in-future");
        assertProblem(api.get(OFFICE, card + "?asOf=2020-13-01"), 400, "invalid-parameter");
        assertProblem(api.get(OFFICE, card + "?rulesVersion=9"), 400, "unknown-rules-version");
        assertProblem(api.get(OFFICE, card + "?period=2020-Q5"), 400, "invalid-period");
        String overview = base + "/dashboard/office";
        assertProblem(api.get(OFFICE, overview + "?asOf=2020-06-30"), 400, "as-of-before-plan");
        assertProblem(api.get(OFFICE, overview + "?asOf=2020-10-16"), 400, "as-of-in-future");
        assertProblem(api.get(OFFICE, overview + "?asOf=2020-13-01"), 400, "invalid-parameter");
        assertProblem(api.get(OFFICE, overview + "?rulesVersion=9"), 400, "unknown-rules-version");
        assertProblem(api.get(OFFICE, overview + "?rulesVersion=abc"), 400, "invalid-parameter");
        assertProblem(api.get(OFFICE, card + "?period=2019"), 400, "period-outside-plan");
        assertProblem(api.get(OFFICE, base + "/scorecards/不存在的处室"), 404, "unknown-department");
        assertProblem(api.get(OFFICE, "/api/scoring/plans/no-such-plan/ranking"), 404, "unknown-plan");
        assertProblem(api.get(OFFICE, base + "/indicators/no-such-indicator"), 404, "unknown-indicator");
        assertProblem(api.get(OFFICE, "/api/scoring/events/no-such-event"), 404, "unknown-event");
    }

    @Test
    void malformedAndOversizedBodiesAreRefused() {
        var headers = OFFICE.headers();
        headers.set(HttpHeaders.IF_MATCH, "\"0\"");
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        assertProblem(api.call(HttpMethod.POST, base + "/rules", headers, "{\"components\": ["), 400, "malformed-json");
        var large = rules(40, 20, 20, 20, "很长".repeat(200_000));
        assertProblem(adopt("\"0\"", large), 413, "payload-too-large");
    }

    /** While one rebuild waits to take over from the live projection, a second is refused. */
    @Test
    void aSecondRebuildWhileOneRunsIsRefused() throws Exception {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = CompletableFuture.runAsync(() -> live.exclusively(() -> {
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        String id;
        try {
            var first = api.post(OFFICE, "/api/scoring/rebuilds", null);
            assertThat(first.status()).isEqualTo(202);
            id = first.body().path("id").asText();
            assertProblem(api.post(OFFICE, "/api/scoring/rebuilds", null), 409, "rebuild-running");
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        await("first rebuild ended", () -> !"RUNNING".equals(
                api.get(OFFICE, "/api/scoring/rebuilds/" + id).body().path("state").asText()));
        assertThat(api.get(OFFICE, "/api/scoring/rebuilds/" + id).body().path("state").asText())
                .isEqualTo("VERIFIED");
    }

    /** A rebuild whose instance died mid-way (no heartbeat for minutes) does not block the next one. */
    @Test
    void aRebuildAbandonedByADeadInstanceDoesNotBlockTheNext() {
        String abandoned = java.util.UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO rebuild_run (id, started_by, started_at, heartbeat_at, state, events_total, events_done)
                VALUES (?, 'office-admin', now() - interval '10 minutes', now() - interval '9 minutes', 'RUNNING',
                        100, 10)""", abandoned);
        var next = api.post(OFFICE, "/api/scoring/rebuilds", null);
        assertThat(next.status()).as(next.body().toString()).isEqualTo(202);
        var old = api.get(OFFICE, "/api/scoring/rebuilds/" + abandoned).body();
        assertThat(old.path("state").asText()).isEqualTo("FAILED");
        assertThat(old.path("failure").asText()).startsWith("interrupted");
        String id = next.body().path("id").asText();
        await("next rebuild ended", () -> !"RUNNING".equals(
                api.get(OFFICE, "/api/scoring/rebuilds/" + id).body().path("state").asText()));
    }

    private Answer adopt(String ifMatch, Object body) {
        return api.post(OFFICE, base + "/rules", ifMatch, body);
    }

    private Answer score(String quarter, int score) {
        return api.put(OFFICE, base + "/departments/" + A + "/supervision/" + quarter, null,
                Map.of("score", score, "comment", "督办"));
    }

    private static Map<String, Object> breach(String indicatorId, String day) {
        return Map.of("indicatorId", indicatorId, "occurredOn", day, "description", "窗口违规收费",
                "evidence", List.of(), "confirmedBy", "办公室主任");
    }

    private long scoringEvents() {
        return count("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND convert_from(payload, 'UTF8') LIKE ?",
                "kaohe.scoring.event.%", "%" + plan.planId + "%");
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo(code);
    }
}
