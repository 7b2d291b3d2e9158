package kaohe.platform.actor;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where bearer tokens come from and what they must say ({@code kaohe.security.jwt.*}). Tokens are checked only
 * when {@code issuer-uri} is set; the signing keys come from {@code jwk-set-uri}, or from the issuer's OpenID
 * discovery document when that is not set (fetched on the first token, so a service may start before its issuer).
 *
 * @param issuerUri  the exact {@code iss} every token must carry
 * @param jwkSetUri  the issuer's JWK set, when it is reached at another address than the discovery document says
 * @param audience   a value every token's {@code aud} must contain
 * @param clockSkew  leeway on {@code exp} and {@code nbf}; at most 30 s
 */
@ConfigurationProperties("kaohe.security.jwt")
public record JwtSettings(String issuerUri, String jwkSetUri, String audience, Duration clockSkew) {

    static final Duration MAX_SKEW = Duration.ofSeconds(30);

    public JwtSettings {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        if (jwkSetUri != null && issuerUri == null) {
            throw new IllegalArgumentException("kaohe.security.jwt.jwk-set-uri needs kaohe.security.jwt.issuer-uri: "
                    + "tokens are only accepted from a named issuer");
        }
        audience = audience == null || audience.isBlank() ? "kaohe" : audience;
        clockSkew = clockSkew == null ? MAX_SKEW : clockSkew;
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_SKEW) > 0) {
            throw new IllegalArgumentException("kaohe.security.jwt.clock-skew must be between 0 and 30 s");
        }
    }

    public boolean enabled() {
        return issuerUri != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
