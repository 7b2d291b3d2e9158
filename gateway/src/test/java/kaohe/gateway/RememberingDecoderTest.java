package kaohe.gateway;

import kaohe.tokens.VerifiedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway checks each good token in full once a minute at most; a refused one every time. */
class RememberingDecoderTest {

    private final AtomicInteger fullChecks = new AtomicInteger();
    private final ReactiveJwtDecoder fullCheck = token -> Mono.defer(() -> {
        fullChecks.incrementAndGet();
        return token.startsWith("bad") ? Mono.error(new BadJwtException("signature does not match"))
                : Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("office-admin")
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(900)).build());
    });
    private final ReactiveJwtDecoder decoder = GatewaySecurity.remembering(fullCheck,
            new VerifiedTokens<>(16, Duration.ofSeconds(60), Clock.systemUTC()));

    @Test
    void theSameGoodTokenIsCheckedInFullOnce() {
        Jwt first = decoder.decode("good-1").block();
        assertThat(decoder.decode("good-1").block()).isSameAs(first);
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> decoder.decode("bad-1").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(fullChecks).hasValue(3);
    }
}
