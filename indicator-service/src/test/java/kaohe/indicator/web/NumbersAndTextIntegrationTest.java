package kaohe.indicator.web;

import kaohe.testengines.ApiClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Decimals beyond the platform's bound or a field's range, and text with control characters, change nothing. */
class NumbersAndTextIntegrationTest extends IntegrationTestBase {

    private String planId;
    private String indicator;
    private long eventsBefore;

    @BeforeEach
    void planWithAnIndicatorOf70() {
        planId = newPlanId();
        assertThat(api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020,
                "title", "2020年度目标责任考核", "departments", List.of("办公室"))).status()).isEqualTo(201);
        var defined = api.post(Users.OFFICE, "/api/indicator/indicators", api.withRaw(indicator("共性指标-1", "正文"),
                "70"));
        assertThat(defined.status()).as(defined.body().toString()).isEqualTo(201);
        indicator = "/api/indicator/indicators/" + defined.body().path("indicatorId").asText();
        eventsBefore = eventCount();
    }

    private Map<String, Object> indicator(String code, String text) {
        var body = new HashMap<String, Object>();
        body.put("planId", planId);
        body.put("kind", "COMMON");
        body.put("code", code);
        body.put("text", text);
        body.put("targets", List.of(Map.of("key", "T1", "value", "#", "unit", "次")));
        body.put("leadDepartments", List.of("办公室"));
        return body;
    }

    private void assertRefused(Answer answer, String code, String field) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(eventCount()).as("nothing stored").isEqualTo(eventsBefore);
    }

    @ParameterizedTest
    @CsvSource({"1E-10000000, invalid-number", "1E+10000000, invalid-number", "1234567890123, invalid-number",
            "1.23456, invalid-number", "-6, invalid-request", "0, invalid-request", "1000000001, invalid-request"})
    void targetsBeyondTheBoundOrTheirRangeAreRefusedWhenDefinedAndWhenRevised(String value, String code) {
        assertRefused(api.post(Users.OFFICE, "/api/indicator/indicators",
                api.withRaw(indicator("共性指标-2", "正文"), value)), code, "targets[0].value");
        assertRefused(api.put(Users.OFFICE, indicator + "/targets/T1", "\"0\"",
                api.withRaw(Map.of("value", "#", "unit", "次", "reason", "调整"), value)), code, "value");
    }

    @Test
    void aTargetOf70ReadsBackAsThePlainNumber70() {
        assertThat(api.get(Users.OFFICE, indicator).body().path("targets").get(0).path("value").toString())
                .isEqualTo("70");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[2J", "\r", "\u0000", "\u007f", "\u009b", "\u202e", "\u2066"})
    void textWithAControlOrBidiCharacterIsRefusedOnItsField(String character) {
        assertRefused(api.put(Users.OFFICE, indicator + "/text", "\"0\"",
                Map.of("text", "新内容", "reason", "调整" + character)), "invalid-text", "reason");
        assertRefused(api.post(Users.OFFICE, "/api/indicator/indicators",
                api.withRaw(indicator("共性指标-3", "正文" + character), "6")), "invalid-text", "text");
        assertRefused(api.post(Users.OFFICE, "/api/indicator/plans/" + planId + "/departments",
                Map.of("name", "督查处" + character)), "invalid-text", "name");
    }

    @Test
    void namesAndTitlesAreOneLineWhileTextAndReasonsMayHaveLines() {
        assertRefused(api.post(Users.OFFICE, "/api/indicator/plans/" + planId + "/departments",
                Map.of("name", "督查处\n二科")), "invalid-request", "name");
        var twoLeadDepartments = indicator("共性指标-4", "正文");
        twoLeadDepartments.put("leadDepartments", List.of("办公室", "办\t公室"));
        assertRefused(api.post(Users.OFFICE, "/api/indicator/indicators", api.withRaw(twoLeadDepartments, "6")),
                "invalid-request", "leadDepartments[1]");
        assertRefused(api.upload(Users.OFFICE, "/api/indicator/imports?planId=" + planId + "&title=年度\n考核",
                seed(), "分解表.txt"), "invalid-request", "title");
        var lines = api.put(Users.OFFICE, indicator + "/text", "\"0\"",
                Map.of("text", "第一行\n\t第二行", "reason", "调整：\n补充第二行"));
        assertThat(lines.status()).as(lines.body().toString()).isEqualTo(200);
        assertThat(lines.body().path("text").asText()).isEqualTo("第一行\n\t第二行");
    }
}
