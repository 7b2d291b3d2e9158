package kaohe.platform.actor;

import kaohe.tokens.VerifiedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberingTokenDecoderTest {

    private final AtomicInteger fullChecks = new AtomicInteger();
    private final JwtDecoder fullCheck = token -> {
        fullChecks.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("office-admin")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(900)).build();
    };
    private final JwtDecoder decoder = new RememberingTokenDecoder(fullCheck,
            new VerifiedTokens<>(16, Duration.ofSeconds(60), Clock.systemUTC()));

    @Test
    void theSameGoodTokenIsCheckedInFullOnce() {
        Jwt first = decoder.decode("good-1");
        Jwt again = decoder.decode("good-1");
        assertThat(again).isSameAs(first);
        assertThat(fullChecks).hasValue(1);

        decoder.decode("good-2");
        assertThat(fullChecks).as("another token is checked on its own").hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedAndCheckedEveryTime() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        }
        assertThat(fullChecks).hasValue(3);
    }
}
