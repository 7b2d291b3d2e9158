package kaohe.platform.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextRuleTest {

    @Test
    void freeTextKeepsNewlineAndTabButNoOtherControlOrBidiCharacter() {
        assertThat(TextRule.holds("整改到位\n\t见附件 ①，完成率 100%")).isTrue();
        for (String bad : new String[]{"\u001b[2J", "\r", "\u0000", "\u007f", "\u0080", "\u009f", "\u202a", "\u202e",
                "\u2066", "\u2069"}) {
            assertThat(TextRule.holds("理由" + bad)).as("U+%04X", (int) bad.charAt(0)).isFalse();
        }
        assertThat(TextRule.holds("\u2028 \u200b \u3000")).isTrue();
    }

    @Test
    void aSingleLineAlsoRefusesLineBreaksAndTabs() {
        assertThat(TextRule.holdsSingleLine("市审批服务局 行政审批科")).isTrue();
        for (String bad : new String[]{"\n", "\t", "\u2028", "\u2029", "\u001b", "\u202e"}) {
            assertThat(TextRule.holdsSingleLine("名称" + bad)).as("U+%04X", (int) bad.charAt(0)).isFalse();
        }
    }
}
