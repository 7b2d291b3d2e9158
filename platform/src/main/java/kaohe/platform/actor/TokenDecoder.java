package kaohe.platform.actor;

import kaohe.tokens.VerifiedTokens;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Decodes and checks a bearer token: RS256 only (no {@code none}, no HMAC keyed with the public key), signed by a
 * key of the issuer's JWK set, exact issuer, the audience, a subject, and an expiry that is required — Spring's
 * timestamp check alone lets a token without {@code exp} live forever. A token that passed is not checked again
 * for a minute, or until it expires ({@link VerifiedTokens}).
 */
public final class TokenDecoder {

    private TokenDecoder() {
    }

    public static JwtDecoder create(JwtSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("kaohe.security.jwt.issuer-uri is not set");
        }
        // Lazy: the issuer (discovery and keys) is asked on the first token, not while this service starts.
        var fullCheck = new SupplierJwtDecoder(() -> {
            var builder = settings.jwkSetUri() != null
                    ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri())
                    : NimbusJwtDecoder.withIssuerLocation(settings.issuerUri());
            NimbusJwtDecoder decoder = builder.jwsAlgorithm(SignatureAlgorithm.RS256).build();
            decoder.setJwtValidator(validator(settings));
            return decoder;
        });
        return new RememberingTokenDecoder(fullCheck, VerifiedTokens.forBearerTokens());
    }

    static OAuth2TokenValidator<Jwt> validator(JwtSettings settings) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(settings.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(settings.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank())));
    }
}
