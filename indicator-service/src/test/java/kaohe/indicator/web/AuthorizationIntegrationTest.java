package kaohe.indicator.web;

import kaohe.testengines.ApiClient.Answer;
import kaohe.testengines.ApiClient.Bearer;
import kaohe.testengines.ApiClient.Identity;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the service, for every kind of caller (IndicatorAccess): only the office writes, and a refused
 * write changes nothing; the office, liaisons, leaders and auditors read; the audit trail and the chain are for the
 * office and auditors; a valid token carrying none of the system's roles gets nothing; nobody unauthenticated
 * does anything; and a client cannot put its own actor, department, status, version or hash into a body.
 */
class AuthorizationIntegrationTest extends IntegrationTestBase {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final List<Identity> READERS = List.of(Users.OFFICE, Users.LIAISON, Users.LEADER, Users.AUDITOR);

    private Bearer noRole;
    private String planId;
    private String plan;
    private String indicator;

    @BeforeEach
    void planWithOneIndicator() {
        noRole = new Bearer(ISSUER.token("sso-user", "统一认证用户", "督查处", "offline_access"));
        planId = newPlanId();
        plan = "/api/indicator/plans/" + planId;
        assertThat(api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020,
                "title", "授权测试计划", "departments", List.of("办公室", "督查处"), "leaders", List.of("张新鳌", "段重利")))
                .status()).isEqualTo(201);
        var defined = api.post(Users.OFFICE, "/api/indicator/indicators", indicator("共性指标-授权-1"));
        assertThat(defined.status()).as(defined.body().toString()).isEqualTo(201);
        indicator = "/api/indicator/indicators/" + defined.body().get("indicatorId").asText();
    }

    @Test
    void withoutAnActorEverythingUnderApiIsRefused() {
        var answer = api.get(Users.NOBODY, "/api/indicator/plans");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("unauthenticated");
        var headers = new HttpHeaders();
        headers.set("X-Kaohe-User", "someone");
        headers.set("X-Kaohe-Roles", "SUPERUSER");
        assertThat(api.call(HttpMethod.GET, "/api/indicator/plans", headers, null).status()).isEqualTo(401);
    }

    @Test
    void healthAndMetricsAreOpenAndNothingElseOutsideTheApi() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
        var metrics = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getBody()).contains("kaohe_commands_handled_total", "kaohe_events_appended_total");
        // the document Swagger UI shows through the gateway: "Authorize" there sends the bearer token on every call
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/indicator/indicators")
                .contains("\"securitySchemes\":{\"bearerAuth\":{\"type\":\"http\",\"scheme\":\"bearer\","
                        + "\"bearerFormat\":\"JWT\"}}")
                .contains("\"security\":[{\"bearerAuth\":[]}]");
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().value()).isIn(401, 403, 404);
    }

    @Test
    void everyRoleOfTheSystemReadsEveryPlanAndIndicator_aTokenWithoutOneReadsNothing() {
        for (String path : List.of("/api/indicator/plans", plan, plan + "/history", plan + "/liaisons",
                plan + "/indicators", plan + "/indicators?department=督查处", plan + "/departments/督查处/indicators",
                indicator, indicator + "/history")) {
            for (Identity reader : READERS) {
                assertThat(api.get(reader, path).status()).as(path).isEqualTo(200);
            }
            refused(403, "forbidden", noRole, who -> api.get(who, path));
            refused(401, "unauthenticated", Users.NOBODY, who -> api.get(who, path));
        }
    }

    @Test
    void theAuditTrailAndTheChainAreForTheOfficeAndAuditors() {
        for (String path : List.of("/api/indicator/audit/events?aggregateId=" + planId,
                "/api/indicator/chain/verification")) {
            for (Identity allowed : List.of(Users.OFFICE, Users.AUDITOR)) {
                assertThat(api.get(allowed, path).status()).as(path).isEqualTo(200);
            }
            for (Identity other : List.of(Users.LIAISON, Users.LEADER, noRole)) {
                refused(403, "forbidden", other, who -> api.get(who, path));
            }
            refused(401, "unauthenticated", Users.NOBODY, who -> api.get(who, path));
        }
    }

    @Test
    void onlyTheOfficeDefinesPlansAndImports() {
        onlyTheOfficeMay(201, who -> api.post(who, "/api/indicator/plans",
                Map.of("planId", newPlanId(), "year", 2021, "title", "越权计划")));
        onlyTheOfficeMay(201, who -> api.post(who, plan + "/departments", Map.of("name", "改革处")));
        onlyTheOfficeMay(201, who -> api.post(who, plan + "/leaders", Map.of("name", "李四")));
        onlyTheOfficeMay(200, who -> api.put(who, plan + "/liaisons/督查处", null, Map.of("liaisonName", "王敏")));
        onlyTheOfficeMay(200, who -> api.upload(who, "/api/indicator/imports?commit=true&planId=" + newPlanId(),
                seed(), "分解表.txt"));
    }

    @Test
    void onlyTheOfficeDefinesRevisesAssignsAndWithdrawsIndicators() {
        onlyTheOfficeMay(201, who -> api.post(who, "/api/indicator/indicators", indicator("共性指标-授权-2")));
        onlyTheOfficeMay(200, who -> api.put(who, indicator + "/text", etag(),
                Map.of("text", "全年中心组集中学习不少于8次。", "reason", "调整")));
        onlyTheOfficeMay(200, who -> api.put(who, indicator + "/targets/T1", etag(),
                Map.of("value", 8, "unit", "次", "reason", "调整")));
        onlyTheOfficeMay(200, who -> api.put(who, indicator + "/departments", etag(),
                Map.of("leadDepartments", List.of("督查处"), "cooperatingDepartments", List.of("办公室"),
                        "reason", "调整")));
        onlyTheOfficeMay(200, who -> api.put(who, indicator + "/leaders", etag(),
                Map.of("leaders", List.of("张新鳌", "段重利"), "reason", "调整")));
        onlyTheOfficeMay(200, who -> api.post(who, indicator + "/withdrawal", etag(), Map.of("reason", "撤销")));
    }

    @Test
    void aClientCannotNameItsActorDepartmentStatusVersionOrHash() {
        long before = eventCount();
        for (String field : List.of("actorId", "actorName", "actorDepartment", "department", "status", "version",
                "hash", "withdrawn")) {
            var plan = new HashMap<String, Object>(Map.of("planId", newPlanId(), "year", 2021, "title", "计划"));
            plan.put(field, "办公室");
            assertUnknownField(api.post(Users.OFFICE, "/api/indicator/plans", plan), field);
            var body = new HashMap<String, Object>(indicator("共性指标-授权-3"));
            body.put(field, 9);
            assertUnknownField(api.post(Users.OFFICE, "/api/indicator/indicators", body), field);
            var text = new HashMap<String, Object>(Map.of("text", "改", "reason", "调整"));
            text.put(field, 9);
            assertUnknownField(api.put(Users.OFFICE, indicator + "/text", etag(), text), field);
        }
        assertThat(eventCount()).isEqualTo(before);

        var revised = api.put(Users.OFFICE, indicator + "/text", etag(), Map.of("text", "改", "reason", "调整"));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().get("version").asLong()).isEqualTo(1);
        var events = api.get(Users.AUDITOR, "/api/indicator/audit/events?aggregateId="
                + revised.body().get("indicatorId").asText()).body();
        var last = events.get(events.size() - 1);
        assertThat(last.get("actorId").asText()).isEqualTo("office-admin");
        assertThat(last.get("actorDepartment").asText()).isEqualTo("办公室");
    }

    /** Refused to liaisons, leaders, auditors and a token without a role (403), to nobody (401), then done. */
    private void onlyTheOfficeMay(int status, Function<Identity, Answer> write) {
        for (Identity other : List.of(Users.LIAISON, Users.LEADER, Users.AUDITOR, noRole)) {
            refused(403, "forbidden", other, write);
        }
        refused(401, "unauthenticated", Users.NOBODY, write);
        long before = eventCount();
        var done = write.apply(Users.OFFICE);
        assertThat(done.status()).as(done.body().toString()).isEqualTo(status);
        assertThat(eventCount()).isGreaterThan(before);
    }

    private void refused(int status, String code, Identity who, Function<Identity, Answer> request) {
        long before = eventCount();
        var answer = request.apply(who);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(eventCount()).as("nothing changed").isEqualTo(before);
    }

    private void assertUnknownField(Answer answer, String field) {
        assertThat(answer.status()).as(field + ": " + answer.body()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("unknown-field");
    }

    private String etag() {
        return api.get(Users.OFFICE, indicator).headers().getETag();
    }

    private Map<String, Object> indicator(String code) {
        return Map.of("planId", planId, "kind", "COMMON", "code", code, "text", "全年中心组集中学习不少于6次。",
                "targets", List.of(Map.of("key", "T1", "value", 6, "unit", "次")),
                "leadDepartments", List.of("办公室"), "leaders", List.of("张新鳌"));
    }
}
