package kaohe.supervision.policy.web;

import kaohe.supervision.PlanScopedTestBase;
import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;
import kaohe.supervision.policy.ReminderPolicy;
import kaohe.supervision.policy.query.ReminderPolicyQueries;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static kaohe.supervision.SupervisionUsers.AUDITOR;
import static kaohe.supervision.SupervisionUsers.OFFICE;
import static kaohe.supervision.SupervisionUsers.ZHANG;
import static kaohe.supervision.SupervisionUsers.ZHENGWU;
import static org.assertj.core.api.Assertions.assertThat;

/** A plan's reminder policy over HTTP: the default, versions adopted with a reason, and what is refused. */
class ReminderPolicyIntegrationTest extends PlanScopedTestBase {

    @Autowired
    private ReminderPolicyQueries policies; // the real one: the test context puts a stand-in first

    private static String policy(String plan) {
        return "/api/supervision/plans/" + plan + "/reminder-policy";
    }

    private static Map<String, Object> body() {
        var body = new LinkedHashMap<String, Object>();
        body.put("daysBefore", List.of(2, 5));
        body.put("onDueDay", false);
        body.put("escalation", List.of(Map.of("daysAfter", 1, "audiences", List.of("LIAISON")),
                Map.of("daysAfter", 2, "audiences", List.of("LIAISON", "LEADER", "OFFICE"))));
        body.put("quietFrom", "21:30");
        body.put("quietUntil", "07:45");
        body.put("channels", List.of("INBOX", "WECOM"));
        body.put("reason", "市考办要求提前五天提醒，两天后即报领导");
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        var body = body();
        body.put(field, value);
        return body;
    }

    @Test
    void everyPlanStartsOnTheDefault() {
        String plan = newPlan();
        for (var reader : new ApiClient.DevUser[] {OFFICE, ZHENGWU, ZHANG, AUDITOR}) {
            var read = api.get(reader, policy(plan));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.headers().getETag()).isEqualTo("\"0\"");
            assertThat(read.body().get("version").asInt()).isZero();
            assertThat(read.body().get("daysBefore").toString()).isEqualTo("[3,1]");
            assertThat(read.body().get("quietFrom").asText()).isEqualTo("22:00");
            assertThat(read.body().get("channels").toString()).isEqualTo("[\"INBOX\",\"EMAIL\"]");
            assertThat(read.body().has("adoptedAt")).isFalse();
        }
        assertThat(api.get(OFFICE, policy(plan) + "/versions").body()).isEmpty();
        assertThat(policies.current(plan)).isEqualTo(ReminderPolicy.DEFAULT);
    }

    @Test
    void theOfficeAdoptsVersionsWithWhoWhenAndWhy() {
        String plan = newPlan();
        var adopted = api.put(OFFICE, policy(plan), "\"0\"", body());
        assertThat(adopted.status()).as(adopted.body().toString()).isEqualTo(200);
        assertThat(adopted.headers().getETag()).isEqualTo("\"1\"");
        assertThat(adopted.body().get("daysBefore").toString()).isEqualTo("[5,2]");
        assertThat(adopted.body().get("quietUntil").asText()).isEqualTo("07:45");
        assertThat(adopted.body().get("adoptedBy").asText()).isEqualTo("office-admin");
        assertThat(adopted.body().get("reason").asText()).isEqualTo("市考办要求提前五天提醒，两天后即报领导");
        assertThat(adopted.body().has("adoptedAt")).isTrue();

        var second = api.put(OFFICE, policy(plan), "\"1\"", with("channels", List.of("INBOX")));
        assertThat(second.headers().getETag()).isEqualTo("\"2\"");
        var versions = api.get(AUDITOR, policy(plan) + "/versions");
        assertThat(versions.body()).hasSize(2);
        assertThat(versions.body().get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.body().get(1).get("channels").toString()).isEqualTo("[\"INBOX\",\"WECOM\"]");
        assertThat(policies.current(plan)).isEqualTo(new ReminderPolicy(2, List.of(5, 2), false,
                List.of(new EscalationStep(1, List.of(Audience.LIAISON)),
                        new EscalationStep(2, List.of(Audience.LIAISON, Audience.LEADER, Audience.OFFICE))),
                LocalTime.of(21, 30), LocalTime.of(7, 45), List.of(Channel.INBOX)));
    }

    @Test
    void onlyTheOfficeAdoptsAndOnlyOverTheVersionInForce() {
        String plan = newPlan();
        for (var someone : new ApiClient.DevUser[] {ZHENGWU, ZHANG, AUDITOR}) {
            refused(403, "forbidden", () -> api.put(someone, policy(plan), "\"0\"", body()));
        }
        refused(428, "if-match-required", () -> api.put(OFFICE, policy(plan), null, body()));
        api.put(OFFICE, policy(plan), "\"0\"", body());
        refused(412, "stale-version", () -> api.put(OFFICE, policy(plan), "\"0\"", with("onDueDay", true)));
        refused(409, "no-change", () -> api.put(OFFICE, policy(plan), "\"1\"", body()));
        assertThat(api.get(OFFICE, policy(plan)).body().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void badPoliciesAreRefusedWithNothingRecorded() {
        String plan = newPlan();
        refused(404, "unknown-plan", () -> api.put(OFFICE, policy("plan-none-2031"), "\"0\"", body()));
        refused(400, "invalid-request", () -> api.put(OFFICE, policy("Plan_2020"), "\"0\"", body()));
        refused(400, "reason-required", () -> api.put(OFFICE, policy(plan), "\"0\"", with("reason", " ")));
        refused(400, "days-before-out-of-range", () -> api.put(OFFICE, policy(plan), "\"0\"",
                with("daysBefore", List.of(61))));
        refused(400, "escalation-out-of-order", () -> api.put(OFFICE, policy(plan), "\"0\"",
                with("escalation", List.of(Map.of("daysAfter", 3, "audiences", List.of("LIAISON")),
                        Map.of("daysAfter", 2, "audiences", List.of("LEADER"))))));
        refused(400, "inbox-channel-required", () -> api.put(OFFICE, policy(plan), "\"0\"",
                with("channels", List.of("EMAIL"))));
        refused(400, "unknown-value", () -> api.put(OFFICE, policy(plan), "\"0\"", with("channels", List.of("SMS"))));
        refused(400, "invalid-request", () -> api.put(OFFICE, policy(plan), "\"0\"", with("quietFrom", "24:00")));
        refused(400, "unknown-field", () -> api.put(OFFICE, policy(plan), "\"0\"", with("version", 3)));
        HttpHeaders json = OFFICE.headers();
        json.set(HttpHeaders.CONTENT_TYPE, "application/json");
        json.set(HttpHeaders.IF_MATCH, "\"0\"");
        refused(400, "malformed-json", () -> api.call(HttpMethod.PUT, policy(plan), json, "{\"daysBefore\":[3,"));
        refused(413, "payload-too-large", () -> api.put(OFFICE, policy(plan), "\"0\"",
                with("reason", "x".repeat(300_000))));
        assertThat(api.get(OFFICE, policy(plan)).body().get("version").asInt()).isZero();
    }

    private void refused(int status, String code, Supplier<ApiClient.Answer> request) {
        long before = eventCount();
        assertProblem(request.get(), status, code);
        assertThat(eventCount()).as("events after a refused " + code).isEqualTo(before);
    }
}
