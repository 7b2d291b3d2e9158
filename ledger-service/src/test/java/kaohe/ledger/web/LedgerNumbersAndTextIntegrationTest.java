package kaohe.ledger.web;

import kaohe.testengines.ApiClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Decimals beyond the platform's bound or a field's range, and text with control characters, change nothing. */
class LedgerNumbersAndTextIntegrationTest extends LedgerIntegrationTestBase {

    private PlanFixture plan;
    private String progress;
    private String check;
    private String checkVersion;
    private long eventsBefore;

    @BeforeEach
    void aSubmittedTaskAndAnOpenCheck() {
        plan = plan();
        String taskId = submittedTask(plan).get("taskId").asText();
        var opened = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-08");
        check = "/api/ledger/checks/" + opened.body().get("checkId").asText();
        progress = check + "/progress/" + taskId;
        checkVersion = opened.headers().getETag();
        eventsBefore = eventCount();
    }

    private void assertRefused(Answer answer, String code, String field) {
        assertProblem(answer, 400, code);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(eventCount()).as("nothing stored").isEqualTo(eventsBefore);
    }

    @ParameterizedTest
    @CsvSource({"1E-10000000, invalid-number", "1E+10000000, invalid-number", "1234567890123, invalid-number",
            "1.23456, invalid-number", "1000000001, invalid-request"})
    void quantitiesAndProgressBeyondTheBoundOrTheirRangeAreRefused(String value, String code) {
        var defines = completeDefines();
        defines.put("quantity", Map.of("value", "#", "unit", "个", "targetKey", "T1"));
        assertRefused(api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                api.withRaw(draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, defines), value)), code,
                "defines.quantity.value");
        assertRefused(api.put(LedgerUsers.ZHENGWU, progress, checkVersion,
                api.withRaw(Map.of("actualValue", "#", "unit", "个", "status", "ON_TRACK"), value)), code,
                "actualValue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b]0;x\u0007", "\r", "\u0000", "\u007f", "\u0085", "\u202d"})
    void textWithAControlOrBidiCharacterIsRefusedOnItsField(String character) {
        assertRefused(api.put(LedgerUsers.ZHENGWU, check + "/summary", checkVersion,
                Map.of("summary", "本月小结" + character)), "invalid-text", "summary");
        assertRefused(api.post(LedgerUsers.ZHENGWU, check + "/gaps", Map.of("description", "缺项" + character,
                "owner", "李娜", "fixBy", "2020-09-15")), "invalid-text", "description");
        assertRefused(api.put(LedgerUsers.ZHENGWU, progress, checkVersion, Map.of("actualValue", 12, "unit", "个",
                "status", "ON_TRACK", "note", "备注" + character)), "invalid-text", "note");
    }

    @Test
    void namesAndTitlesAreOneLineWhileSummariesMayHaveLines() {
        assertRefused(api.post(LedgerUsers.ZHENGWU, check + "/gaps", Map.of("description", "缺项",
                "owner", "李娜\n王强", "fixBy", "2020-09-15")), "invalid-request", "owner");
        var titled = new HashMap<>(draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines()));
        titled.put("title", "创建示范镇街\t（二期）");
        assertRefused(api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks", titled), "invalid-request", "title");
        var summary = api.put(LedgerUsers.ZHENGWU, check + "/summary", checkVersion,
                Map.of("summary", "一、进展\n\t完成 12 个\n二、问题"));
        assertThat(summary.status()).as(summary.body().toString()).isEqualTo(200);
    }
}
