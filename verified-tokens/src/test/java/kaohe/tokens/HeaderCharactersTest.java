package kaohe.tokens;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTest {

    /** Every code point, alone and inside an ordinary value, judged as the firewall's own expressions judge it. */
    @Test
    void judgesEveryCodePointAsTheFirewallsExpressionsDo() {
        assertSameOverEveryCodePoint(HeaderCharacters::allowedInName, StrictHttpFirewall.ALLOWED_HEADER_NAMES);
        assertSameOverEveryCodePoint(HeaderCharacters::allowedInValue, StrictHttpFirewall.ALLOWED_HEADER_VALUES);
        assertSameOverEveryCodePoint(HeaderCharacters::allowedInName,
                StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES);
        assertSameOverEveryCodePoint(HeaderCharacters::allowedInValue,
                StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES);
    }

    /** The gateway's firewall asks about a header it does not have (a null value), and lets that pass. */
    @Test
    void anAbsentValuePassesAsInTheGatewaysFirewall() {
        assertThat(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null)).isTrue();
        assertThat(HeaderCharacters.allowedInValue(null)).isTrue();
    }

    @Test
    void aBearerTokenPassesAndAControlCharacterAnywhereInItDoesNot() {
        String token = "Bearer eyJhbGciOiJSUzI1NiJ9." + "a".repeat(600) + ".c2lnbmF0dXJl-_~+/==";
        assertThat(HeaderCharacters.allowedInValue(token)).isTrue();
        assertThat(HeaderCharacters.allowedInValue(token + "\u0085")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("\r" + token)).isFalse();
        assertThat(HeaderCharacters.allowedInValue("考核 办公室\t甲")).isTrue();
        assertThat(HeaderCharacters.allowedInName("X-Tab\tName")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("")).isTrue();
    }

    private static void assertSameOverEveryCodePoint(Predicate<String> ours, Predicate<String> firewalls) {
        int differences = 0;
        StringBuilder first = new StringBuilder();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String alone = Character.toString(c);
            for (String text : new String[] {alone, "ab" + alone + "cd"}) {
                if (ours.test(text) != firewalls.test(text)) {
                    if (differences++ < 5) {
                        first.append(String.format(" U+%04X", c));
                    }
                }
            }
        }
        // a lone surrogate (not a code point of its own in a Java string) and a tab at the end
        for (String text : new String[] {"x\uD800", "\uDC00y", "a\t"}) {
            if (ours.test(text) != firewalls.test(text)) {
                differences++;
            }
        }
        assertThat(differences).as("differences, first at" + first).isZero();
    }
}
