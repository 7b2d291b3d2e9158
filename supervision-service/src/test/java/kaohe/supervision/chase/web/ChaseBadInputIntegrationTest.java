package kaohe.supervision.chase.web;

import kaohe.supervision.FixedDirectory;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static kaohe.supervision.SupervisionUsers.OFFICE;
import static kaohe.supervision.SupervisionUsers.ZHENGWU;
import static org.assertj.core.api.Assertions.assertThat;

/** Malformed, oversized, unknown, out-of-range or out-of-turn requests: a clear 4xx and nothing changed. */
class ChaseBadInputIntegrationTest extends ChaseIntegrationTestBase {

    @Test
    void aBadNewChaseIsRefusedWithNothingRecorded() {
        String plan = newPlan();
        HttpHeaders json = OFFICE.headers();
        json.set(HttpHeaders.CONTENT_TYPE, "application/json");
        refused(400, "malformed-json", () -> api.call(HttpMethod.POST, CHASES, json, "{\"planId\":"));
        refused(400, "unknown-field", () -> api.post(OFFICE, CHASES, with(plan, "status", "CLOSED")));
        refused(400, "invalid-field", () -> api.post(OFFICE, CHASES, with(plan, "replyBy", "2020-13-45")));
        refused(400, "reply-by-in-the-past", () -> api.post(OFFICE, CHASES, with(plan, "replyBy", "2020-08-09")));
        refused(400, "invalid-request", () -> api.post(OFFICE, CHASES, with(plan, "title", "长".repeat(101))));
        refused(400, "invalid-request", () -> api.post(OFFICE, CHASES, with(plan, "title", "两行\n标题")));
        refused(400, "invalid-request", () -> api.post(OFFICE, CHASES, with(plan, "message", "字".repeat(2001))));
        refused(400, "invalid-request", () -> api.post(OFFICE, CHASES, with(plan, "planId", "Plan_2020")));
        refused(400, "department-not-in-plan", () -> api.post(OFFICE, CHASES,
                with(plan, "department", FixedDirectory.OUTSIDER)));
        refused(400, "unknown-value", () -> api.post(OFFICE, CHASES, with(plan, "subject",
                Map.of("kind", "MEETING", "id", "m-1", "label", "会议"))));
        refused(400, "subject-id-required", () -> api.post(OFFICE, CHASES, with(plan, "subject",
                Map.of("kind", "GAP", "label", "问题整改"))));
        refused(413, "payload-too-large", () -> api.post(OFFICE, CHASES, with(plan, "message", "x".repeat(300_000))));
        assertThat(count("SELECT COUNT(*) FROM chase_view WHERE plan_id = ?", plan)).isZero();
    }

    @Test
    void aBadTransitionIsRefusedWithNothingRecorded() {
        var opened = openChase(newPlan());
        refused(428, "if-match-required", () -> api.post(ZHENGWU, path(opened, "sign"), null, null));
        refused(400, "invalid-if-match", () -> api.post(ZHENGWU, path(opened, "sign"), "zero", null));
        refused(422, "chase-not-replied", () -> api.post(OFFICE, path(opened, "accept"), "\"0\"", Map.of()));
        refused(422, "chase-not-accepted", () -> api.post(OFFICE, path(opened, "close"), "\"0\"", null));
        refused(400, "reason-required", () -> api.post(OFFICE, path(opened, "withdraw"), "\"0\"", Map.of()));
        api.post(ZHENGWU, path(opened, "sign"), "\"0\"", null);
        refused(412, "stale-version", () -> api.post(ZHENGWU, path(opened, "replies"), "\"0\"",
                Map.of("progress", "已办理。")));
        refused(422, "chase-not-open", () -> api.post(ZHENGWU, path(opened, "sign"), "\"1\"", null));
        refused(400, "invalid-request", () -> api.post(ZHENGWU, path(opened, "replies"), "\"1\"",
                Map.of("progress", "")));
        refused(400, "invalid-request", () -> api.post(ZHENGWU, path(opened, "replies"), "\"1\"",
                Map.of("progress", "进".repeat(4001))));
        List<String> tooMuchEvidence = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMuchEvidence.add("ev-" + i);
        }
        refused(400, "invalid-request", () -> api.post(ZHENGWU, path(opened, "replies"), "\"1\"",
                Map.of("progress", "已办理。", "evidence", tooMuchEvidence)));
        refused(400, "duplicate-evidence", () -> api.post(ZHENGWU, path(opened, "replies"), "\"1\"",
                Map.of("progress", "已办理。", "evidence", List.of("ev-1", "ev-1"))));
        api.post(ZHENGWU, path(opened, "replies"), "\"1\"", Map.of("progress", "已办理。"));
        refused(400, "reply-by-in-the-past", () -> api.post(OFFICE, path(opened, "send-back"), "\"2\"",
                Map.of("reason", "不全", "replyBy", "2020-08-01")));
        refused(400, "invalid-request", () -> api.post(OFFICE, path(opened, "send-back"), "\"2\"",
                Map.of("reason", "不全")));
        refused(400, "reason-required", () -> api.post(OFFICE, path(opened, "send-back"), "\"2\"",
                Map.of("replyBy", "2020-08-30")));
        refused(404, "chase-not-found", () -> api.post(OFFICE, CHASES + "/no-such-chase/close", "\"0\"", null));
        assertThat(api.get(OFFICE, path(opened, "")).body().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void problemsSpeakEnglishToAnEnglishReader() {
        HttpHeaders headers = OFFICE.headers();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        var answer = api.call(HttpMethod.POST, CHASES, headers, with(newPlan(), "replyBy", "2020-08-01"));
        assertProblem(answer, 400, "reply-by-in-the-past");
        assertThat(answer.body().get("title").asText()).isEqualTo("Reply-by date in the past");
        var chinese = api.post(OFFICE, CHASES, with(newPlan(), "replyBy", "2020-08-01"));
        assertThat(chinese.body().get("title").asText()).isEqualTo("反馈期限已过");
    }

    private static Map<String, Object> with(String plan, String field, Object value) {
        var body = chaseBody(plan);
        body.put(field, value);
        return body;
    }

    private void refused(int status, String code, Supplier<ApiClient.Answer> request) {
        long before = eventCount();
        assertProblem(request.get(), status, code);
        assertThat(eventCount()).as("events after a refused " + code).isEqualTo(before);
    }
}
