package kaohe.platform.actor;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenActorConverterTest {

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("liaison-duchachu")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(900));
    }

    @Test
    void theClaimsBecomeTheActor() {
        var actor = new TokenActorConverter().convert(token().claim("name", "王敏").claim("department", "督查处")
                .claim("roles", List.of("LIAISON", "leader")).build()).getPrincipal();
        assertThat(actor).isEqualTo(new Actor("liaison-duchachu", "王敏", "督查处", java.util.Set.of(Role.LIAISON,
                Role.LEADER)));
    }

    @Test
    void rolesThisSystemDoesNotKnowGrantNothingAndTheNameFallsBack() {
        var authentication = new TokenActorConverter().convert(token().claim("preferred_username", "wangmin")
                .claim("roles", List.of("offline_access", "ROOT")).build());
        assertThat(authentication.getPrincipal().roles()).isEmpty();
        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(authentication.getPrincipal().name()).isEqualTo("wangmin");
        assertThat(authentication.getPrincipal().department()).isNull();
    }

    @Test
    void settingsRefuseAnUnnamedIssuerAndALongSkew() {
        assertThat(new JwtSettings(null, null, null, null).enabled()).isFalse();
        assertThat(new JwtSettings("http://idp", null, null, null).audience()).isEqualTo("kaohe");
        assertThatThrownBy(() -> new JwtSettings(null, "http://idp/jwks", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JwtSettings("http://idp", null, null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
