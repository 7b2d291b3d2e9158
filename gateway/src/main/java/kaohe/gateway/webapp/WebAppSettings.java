package kaohe.gateway.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.Optional;

/**
 * How the browser app signs people in ({@code kaohe.web.*}): any OpenID Connect provider works by configuration.
 *
 * @param issuer   the provider the app signs in with (its discovery document is at {@code <issuer>/.well-known/…});
 *                 by default the issuer whose tokens the gateway accepts; none: the app has no sign-in
 * @param clientId the app's public client at that provider
 * @param scope    the scopes the app asks for
 */
@ConfigurationProperties("kaohe.web")
public record WebAppSettings(String issuer, String clientId, String scope) {

    public WebAppSettings {
        issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
        if (issuer != null) {
            origin(issuer);
        }
        clientId = clientId == null || clientId.isBlank() ? "kaohe-web" : clientId.strip();
        scope = scope == null || scope.isBlank() ? "openid profile" : scope.strip();
    }

    /** The issuer's origin, which the app's pages must be allowed to reach, frame and post forms to. */
    Optional<String> issuerOrigin() {
        return Optional.ofNullable(issuer).map(WebAppSettings::origin);
    }

    private static String origin(String issuer) {
        URI uri;
        try {
            uri = URI.create(issuer);
        } catch (IllegalArgumentException malformed) {
            throw invalid(issuer);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw invalid(issuer);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static IllegalArgumentException invalid(String issuer) {
        return new IllegalArgumentException("kaohe.web.issuer must be an absolute http(s) URL such as "
                + "https://sso.example.org/realms/kaohe, got '" + issuer + "'");
    }
}
