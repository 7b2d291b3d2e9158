package kaohe.platform.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestJsonTest {

    record Body(BigDecimal value, String reason, List<String> names) {
    }

    private final ObjectMapper application = new ObjectMapper();
    private final ObjectMapper mapper = RequestJson.of(application);

    @ParameterizedTest
    @ValueSource(strings = {"1E-10000000", "1E+10000000", "1E+2147483647", "-1E-2147483647", "1234567890123",
            "0.12345", "1.00001", "\"1E-10000000\"", "1E+12"})
    void decimalsBeyondTwelveDigitsOrFourDecimalsAreRefusedOnTheirField(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"value\": " + value + "}", Body.class))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> {
                    assertThat(refused.code()).isEqualTo("invalid-number");
                    assertThat(refused.getPath().get(0).getFieldName()).isEqualTo("value");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "70", "35.5", "123456789012", "99999999.9999", "0.0001", "1E+3", "70.000000",
            "\"12.5\""})
    void decimalsWithinTheBoundAreReadAsSent(String value) throws Exception {
        var body = mapper.readValue("{\"value\": " + value + "}", Body.class);
        assertThat(body.value()).isEqualByComparingTo(new BigDecimal(value.replace("\"", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u001b[31m", "a\\rb", "\\u0000", "\\u007f", "\\u0085", "\\u009b", "\\u202e", "\\u2066"})
    void textWithControlOrBidiCharactersIsRefusedOnItsField(String character) {
        assertThatThrownBy(() -> mapper.readValue("{\"reason\": \"理由" + character + "\"}", Body.class))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> {
                    assertThat(refused.code()).isEqualTo("invalid-text");
                    assertThat(refused.getPath().get(0).getFieldName()).isEqualTo("reason");
                });
        assertThatThrownBy(() -> mapper.readValue("{\"names\": [\"甲\", \"乙" + character + "\"]}", Body.class))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> assertThat(refused.getPath())
                        .extracting(reference -> reference.getFieldName() + "/" + reference.getIndex())
                        .containsExactly("names/-1", "null/1"));
    }

    @Test
    void newlinesTabsAndChineseAreKept() throws Exception {
        var body = mapper.readValue("{\"reason\": \"第一行\\n\\t第二行（注）\"}", Body.class);
        assertThat(body.reason()).isEqualTo("第一行\n\t第二行（注）");
    }

    @Test
    void decimalsAreWrittenPlain() throws Exception {
        assertThat(mapper.writeValueAsString(Map.of("value", new BigDecimal("70").stripTrailingZeros())))
                .isEqualTo("{\"value\":70}");
        assertThat(mapper.writeValueAsString(Map.of("value", new BigDecimal("35.5")))).isEqualTo("{\"value\":35.5}");
    }

    @Test
    void theApplicationsOwnMapperStillReadsWhatWasStoredBefore() throws Exception {
        var stored = application.readValue("{\"value\": 1E-10000000, \"reason\": \"旧\\u001b\"}", Body.class);
        assertThat(stored.value().scale()).isEqualTo(10_000_000);
        assertThat(stored.reason()).endsWith("\u001b");
    }
}
