package kaohe.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The browser app as a client of this provider: public (no secret a browser could keep), so only the
 * authorization code with PKCE, no consent page, and no refresh token (Spring Authorization Server issues none to
 * public clients). The app's pages call discovery, keys, token, userinfo and logout from their own origin.
 */
final class WebClient {

    private WebClient() {
    }

    /** The client, if any redirect URI is configured (none: nobody signs in with a browser). */
    static Optional<RegisteredClient> registration(IdentityProperties properties) {
        var web = properties.web();
        if (web.redirectUris().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RegisteredClient
                .withId(UUID.nameUUIDFromBytes(web.clientId().getBytes(StandardCharsets.UTF_8)).toString())
                .clientId(web.clientId()).clientName("考核 Web")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(web.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
                .build());
    }

    /** Cross-origin calls from the app's origins (those of its redirect URIs), and from nowhere else. */
    static UrlBasedCorsConfigurationSource cors(IdentityProperties properties) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins(properties.web().redirectUris()));
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        for (String path : List.of("/.well-known/openid-configuration", "/oauth2/jwks", "/oauth2/token",
                "/userinfo", "/connect/logout")) {
            source.registerCorsConfiguration(path, cors);
        }
        return source;
    }

    static List<String> origins(List<String> uris) {
        return uris.stream().map(uri -> UriComponentsBuilder.fromUriString(uri).replacePath(null).replaceQuery(null)
                .fragment(null).build().toUriString()).distinct().toList();
    }
}
