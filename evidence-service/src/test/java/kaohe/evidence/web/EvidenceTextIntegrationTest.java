package kaohe.evidence.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence takes no decimals; its free text (why it is withdrawn) refuses control characters and changes nothing.
 * File names are sanitised instead ({@code FileNamesTest}, {@code EvidenceBadInputIntegrationTest}).
 */
class EvidenceTextIntegrationTest extends EvidenceIntegrationTestBase {

    private String evidence;

    @BeforeEach
    void anUploadedPhoto() {
        var uploaded = upload(EvidenceUsers.ZHENGWU, "现场.jpg", Files.jpeg(3, 64, 64));
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        evidence = "/api/evidence/" + uploaded.body().get("evidenceId").asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[1A\u001b[2K", "\r", "\u0000", "\u007f", "\u0090", "\u202b", "\u2068"})
    void aReasonWithAControlOrBidiCharacterIsRefusedOnItsField(String character) {
        long events = eventCount();
        var answer = api.post(EvidenceUsers.ZHENGWU, evidence + "/withdrawal", Map.of("reason", "拍错了" + character));
        assertProblem(answer, 400, "invalid-text");
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(eventCount()).as("nothing stored").isEqualTo(events);
        assertThat(api.get(EvidenceUsers.ZHENGWU, evidence).body().path("withdrawn").asBoolean()).isFalse();
    }

    @Test
    void aReasonMayHaveLinesAndTabs() {
        var answer = api.post(EvidenceUsers.ZHENGWU, evidence + "/withdrawal", Map.of("reason", "拍错了：\n\t换一张"));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("withdrawn").asBoolean()).isTrue();
    }
}
