package kaohe.platform.web;

import kaohe.platform.command.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @Test
    void readsStrongAndWeakEtags() {
        assertThat(IfMatch.version("\"7\"")).isEqualTo(7);
        assertThat(IfMatch.version(" W/\"12\" ")).isEqualTo(12);
        assertThat(IfMatch.etag(3)).isEqualTo("\"3\"");
    }

    @Test
    void missingIsPreconditionRequiredAndMalformedIsInvalid() {
        assertThatThrownBy(() -> IfMatch.version(null)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.kind().status()).isEqualTo(428));
        assertThatThrownBy(() -> IfMatch.version("*")).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo("invalid-if-match"));
        assertThatThrownBy(() -> IfMatch.version("\"-1\"")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> IfMatch.version("\"99999999999999999999\"")).isInstanceOf(Refusal.class);
    }
}
