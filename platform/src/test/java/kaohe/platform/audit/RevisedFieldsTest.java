package kaohe.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The revised fields of the contracts' payloads, as an auditor reads them: only what changed, from and to. */
class RevisedFieldsTest {

    private final ObjectMapper json = new ObjectMapper();

    private String changes(String payload) throws Exception {
        return RevisedFields.of(json.readTree(payload)).stream()
                .map(change -> change.field() + ": " + change.before() + " → " + change.after())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    @Test
    void aTargetRevisionListsOnlyTheChangedParts() throws Exception {
        assertThat(changes("""
                {"indicatorId":"i-1","before":{"key":"T1","value":30,"unit":"个","subject":"示范镇街"},
                 "after":{"key":"T1","value":35,"unit":"个","subject":"示范镇街"}}"""))
                .isEqualTo("value: 30 → 35");
    }

    @Test
    void aNewTargetHasNothingBefore() throws Exception {
        assertThat(changes("""
                {"indicatorId":"i-1","before":null,"after":{"key":"T2","value":6}}"""))
                .isEqualTo("key: null → \"T2\"; value: null → 6");
    }

    @Test
    void namedBeforeFieldsPairWithTheirNewValue() throws Exception {
        assertThat(changes("""
                {"reportId":"r","narrativeBefore":"旧","narrative":"新","evidenceBefore":["a"],"evidence":["a"],
                 "scoreBefore":80,"score":90,"comment":"督办"}"""))
                .isEqualTo("narrative: \"旧\" → \"新\"; score: 80 → 90");
    }

    @Test
    void anEventThatRevisesNothingListsNothing() throws Exception {
        assertThat(changes("{\"indicatorId\":\"i-1\",\"title\":\"x\"}")).isEmpty();
        assertThat(changes("{\"before\":\"同\",\"after\":\"同\"}")).isEmpty();
        assertThat(changes("{\"before\":\"旧文本\",\"after\":\"新文本\"}"))
                .isEqualTo("value: \"旧文本\" → \"新文本\"");
    }
}
