package kaohe.indicator.web;

import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input gets a clear problem-details answer and changes nothing. */
class BadInputIntegrationTest extends IntegrationTestBase {

    private String planId;
    private long eventsBefore;

    @BeforeEach
    void plan() {
        planId = newPlanId();
        var defined = api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020,
                "title", "2020年度目标责任考核", "departments", List.of("办公室", "督查处"), "leaders", List.of("段重利")));
        assertThat(defined.status()).isEqualTo(201);
        eventsBefore = eventCount();
    }

    private Map<String, Object> indicator() {
        var body = new HashMap<String, Object>();
        body.put("planId", planId);
        body.put("kind", "COMMON");
        body.put("code", "共性指标-测试-1");
        body.put("text", "全年中心组集中学习不少于6次。");
        body.put("targets", List.of(Map.of("key", "T1", "value", 6, "unit", "次", "subject", "中心组集中学习")));
        body.put("leadDepartments", List.of("办公室"));
        body.put("leaders", List.of("段重利"));
        return body;
    }

    private void assertProblem(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().get("title").asText()).isNotBlank();
        assertThat(eventCount()).as("nothing changed").isEqualTo(eventsBefore);
    }

    @Test
    void malformedJson() {
        assertProblem(api.post(Users.OFFICE, "/api/indicator/indicators", "{\"planId\": "), 400, "malformed-json");
    }

    @Test
    void oversizedJsonIsRefusedBeforeItIsRead() {
        var body = indicator();
        body.put("text", "很".repeat(300_000));
        assertProblem(api.post(Users.OFFICE, "/api/indicator/indicators", body), 413, "payload-too-large");
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        var body = indicator();
        body.put("kind", "PROVINCIAL");
        var answer = api.post(Users.OFFICE, "/api/indicator/indicators", body);
        assertProblem(answer, 400, "unknown-value");
        assertThat(answer.body().get("detail").asText()).contains("kind", "PROVINCIAL", "NEGATIVE_LIST");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("kind");
    }

    @Test
    void emptyTextIsAFieldError() {
        var body = indicator();
        body.put("text", "   ");
        var answer = api.post(Users.OFFICE, "/api/indicator/indicators", body);
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    @Test
    void negativeTarget() {
        var body = indicator();
        body.put("targets", List.of(Map.of("key", "T1", "value", -6, "unit", "次")));
        var answer = api.post(Users.OFFICE, "/api/indicator/indicators", body);
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("targets[0].value");
    }

    @Test
    void nonNumericTarget() {
        var body = indicator();
        body.put("targets", List.of(Map.of("key", "T1", "value", "六", "unit", "次")));
        var answer = api.post(Users.OFFICE, "/api/indicator/indicators", body);
        assertProblem(answer, 400, "invalid-field");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("targets[0].value");
    }

    @Test
    void unknownDepartment() {
        var body = indicator();
        body.put("leadDepartments", List.of("不存在处"));
        var answer = api.post(Users.OFFICE, "/api/indicator/indicators", body);
        assertProblem(answer, 400, "unknown-department");
        assertThat(answer.body().get("detail").asText()).contains("不存在处");
    }

    @Test
    void unknownField() {
        var body = indicator();
        body.put("version", 7);
        assertProblem(api.post(Users.OFFICE, "/api/indicator/indicators", body), 400, "unknown-field");
    }

    @Test
    void sameIndicatorCodeTwiceIsAConflict() {
        assertThat(api.post(Users.OFFICE, "/api/indicator/indicators", indicator()).status()).isEqualTo(201);
        eventsBefore = eventCount();
        assertProblem(api.post(Users.OFFICE, "/api/indicator/indicators", indicator()), 409, "already-exists");
    }

    @Test
    void revisionWithoutReasonOrVersion() {
        var created = api.post(Users.OFFICE, "/api/indicator/indicators", indicator());
        String path = "/api/indicator/indicators/" + created.body().get("indicatorId").asText();
        eventsBefore = eventCount();
        assertProblem(api.put(Users.OFFICE, path + "/text", "\"0\"", Map.of("text", "新内容")), 400, "invalid-request");
        assertProblem(api.put(Users.OFFICE, path + "/text", null, Map.of("text", "新内容", "reason", "调整")), 428,
                "if-match-required");
        assertProblem(api.put(Users.OFFICE, path + "/text", "version-0", Map.of("text", "新内容", "reason", "调整")),
                400, "invalid-if-match");
        assertProblem(api.put(Users.OFFICE, path + "/targets/X1", "\"0\"",
                Map.of("value", 3, "unit", "次", "reason", "调整")), 400, "invalid-request");
    }

    @Test
    void staleVersionLoses() {
        var created = api.post(Users.OFFICE, "/api/indicator/indicators", indicator());
        String path = "/api/indicator/indicators/" + created.body().get("indicatorId").asText();
        assertThat(api.put(Users.OFFICE, path + "/text", "\"0\"", Map.of("text", "第二版", "reason", "调整"))
                .status()).isEqualTo(200);
        eventsBefore = eventCount();
        var stale = api.put(Users.OFFICE, path + "/text", "\"0\"", Map.of("text", "第三版", "reason", "基于旧版本"));
        assertProblem(stale, 412, "stale-version");
        assertThat(api.get(Users.OFFICE, path).body().get("text").asText()).isEqualTo("第二版");
    }

    @Test
    void unknownIndicatorAndPlan() {
        assertProblem(api.get(Users.OFFICE, "/api/indicator/indicators/nope"), 404, "indicator-not-found");
        assertProblem(api.get(Users.OFFICE, "/api/indicator/plans/nope/indicators"), 404, "plan-not-found");
        assertProblem(api.put(Users.OFFICE, "/api/indicator/indicators/nope/text", "\"0\"",
                Map.of("text", "x", "reason", "y")), 404, "not-found");
    }

    @Test
    void englishOnRequest() {
        var headers = Users.OFFICE.headers();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
        var answer = api.call(HttpMethod.POST, "/api/indicator/indicators", headers, "{");
        assertThat(answer.body().get("title").asText()).isEqualTo("Malformed body");
        var chinese = api.post(Users.OFFICE, "/api/indicator/indicators", "{");
        assertThat(chinese.body().get("title").asText()).isEqualTo("请求体格式错误");
    }

    @Test
    void aFileThatIsNotATableIsReportedAndCannotBeCommitted() {
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        var dryRun = api.upload(Users.OFFICE, "/api/indicator/imports?planId=" + planId, html, "分解表.xlsx");
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body().get("total").asInt()).isZero();
        assertThat(dryRun.body().get("problems").get(0).get("message").asText()).startsWith("文件不是分解表");
        assertProblem(api.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId, html, "分解表.xlsx"), 422,
                "import-has-problems");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertProblem(api.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId, png, "分解表.docx"), 422,
                "import-has-problems");
        assertProblem(api.upload(Users.OFFICE, "/api/indicator/imports?commit=true", new byte[0], "分解表.txt"), 400, "empty-file");
    }

    @Test
    void unknownPathAndWrongMethod() {
        assertThat(api.get(Users.OFFICE, "/api/indicator/nothing-here").status()).isEqualTo(404);
        assertThat(api.call(HttpMethod.DELETE, "/api/indicator/indicators/x", Users.OFFICE.headers(), null).status())
                .isEqualTo(405);
    }
}
