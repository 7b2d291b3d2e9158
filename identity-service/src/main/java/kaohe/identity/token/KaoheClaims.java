package kaohe.identity.token;

import kaohe.identity.IdentityProperties;
import kaohe.identity.user.DemoUser;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The claims every Kaohe access token carries, whichever way it was obtained: {@code sub}, {@code name},
 * {@code department} (for the office and liaisons), {@code roles}, {@code aud} = the configured audience,
 * {@code iss}, {@code iat}, {@code nbf} and {@code exp}.
 */
@Component
public class KaoheClaims {

    private final IdentityProperties properties;

    public KaoheClaims(IdentityProperties properties) {
        this.properties = properties;
    }

    /** A whole access token's claims for a demo user, issued now. */
    public JwtClaimsSet forUser(DemoUser user) {
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer()).subject(user.id())
                .issuedAt(now).notBefore(now).expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString());
        actor(claims, user.name(), user.department(), user.roles());
        return claims.build();
    }

    /** Who the token speaks for, and for whom it is meant. */
    public void actor(JwtClaimsSet.Builder claims, String name, String department, List<String> roles) {
        claims.audience(List.of(properties.audience()));
        profile(claims, name, department, roles);
    }

    /** Who a person is, as an ID token tells the browser app (whose audience is the app itself). */
    public void profile(JwtClaimsSet.Builder claims, String name, String department, List<String> roles) {
        claims.claim("name", name).claim("roles", roles);
        if (department != null && !department.isBlank()) {
            claims.claim("department", department);
        }
    }
}
