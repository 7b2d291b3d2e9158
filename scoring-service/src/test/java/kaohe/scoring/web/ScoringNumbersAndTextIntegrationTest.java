package kaohe.scoring.web;

import kaohe.testengines.ApiClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScriptedPlan.A;
import static kaohe.scoring.web.ScriptedScoringIntegrationTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decimals beyond the platform's bound and text with control characters change nothing: not a rule set, a
 * supervision score, a bonus, nor a what-if (whose arithmetic would hold scoring's lock). The ranges per field
 * are the aggregates' and tested with them.
 */
class ScoringNumbersAndTextIntegrationTest extends ScoringIntegrationTestBase {

    private ScriptedPlan plan;
    private String base;

    @BeforeEach
    void plan() {
        plan = scripted();
        base = "/api/scoring/plans/" + plan.planId;
    }

    private void assertRefused(Answer answer, String code, String field) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?"
                + " AND convert_from(payload, 'UTF8') LIKE ?", "kaohe.scoring.event.%", "%" + plan.planId + "%"))
                .as("nothing stored").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-10000000", "1E+10000000", "1234567890123", "1.23456"})
    void everyDecimalBeyondTheBoundIsRefusedOnItsField(String value) {
        String department = base + "/departments/" + A;
        assertRefused(api.put(OFFICE, department + "/supervision/2020-Q3", null,
                api.withRaw(Map.of("score", "#", "comment", "督办"), value)), "invalid-number", "score");
        assertRefused(api.post(OFFICE, department + "/bonuses",
                api.withRaw(Map.of("quarter", "2020-Q3", "points", "#", "reason", "表彰"), value)),
                "invalid-number", "points");
        for (String field : List.of("latePenaltyPerDay", "defaultDeduction")) {
            var proposed = rules(70, 10, 10, 10, "调整");
            proposed.put(field, "#");
            assertRefused(api.post(OFFICE, base + "/rules", "\"0\"", api.withRaw(proposed, value)),
                    "invalid-number", field);
            assertRefused(api.post(OFFICE, base + "/what-if", api.withRaw(proposed, value)), "invalid-number",
                    field);
        }
        var thresholds = rules(70, 10, 10, 10, "调整");
        thresholds.put("thresholds", Map.of("green", "#", "yellow", 85));
        assertRefused(api.post(OFFICE, base + "/rules", "\"0\"", api.withRaw(thresholds, value)), "invalid-number",
                "thresholds.green");
        var breachRule = rules(70, 10, 10, 10, "调整");
        breachRule.put("breachRules", List.of(Map.of("indicatorId", plan.negativeItem, "deduction", "#",
                "veto", false)));
        assertRefused(api.post(OFFICE, base + "/rules", "\"0\"", api.withRaw(breachRule, value)), "invalid-number",
                "breachRules[0].deduction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[8m", "\r", "\u0000", "\u007f", "\u009d", "\u2067"})
    void textWithAControlOrBidiCharacterIsRefusedOnItsField(String character) {
        String department = base + "/departments/" + A;
        assertRefused(api.put(OFFICE, department + "/supervision/2020-Q3", null,
                Map.of("score", 90, "comment", "督办" + character)), "invalid-text", "comment");
        assertRefused(api.post(OFFICE, department + "/bonuses",
                Map.of("quarter", "2020-Q3", "points", 2, "reason", "表彰" + character)), "invalid-text", "reason");
        assertRefused(api.post(OFFICE, department + "/breaches", breach("窗口违规收费" + character, "办公室主任")),
                "invalid-text", "description");
        assertRefused(api.post(OFFICE, base + "/rules", "\"0\"", rules(70, 10, 10, 10, "调整" + character)),
                "invalid-text", "reason");
    }

    @Test
    void whoConfirmedABreachIsOneLineWhileItsDescriptionMayHaveLines() {
        String breaches = base + "/departments/" + A + "/breaches";
        assertRefused(api.post(OFFICE, breaches, breach("窗口违规收费", "办公室\n主任")), "invalid-request",
                "confirmedBy");
        assertThat(api.post(OFFICE, breaches, breach("窗口违规收费：\n\t收取材料费 20 元", "办公室主任")).status())
                .isEqualTo(201);
    }

    private Map<String, Object> breach(String description, String confirmedBy) {
        return Map.of("indicatorId", plan.negativeItem, "occurredOn", "2020-08-20", "description", description,
                "evidence", List.of(), "confirmedBy", confirmedBy);
    }
}
