package kaohe.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import kaohe.identity.account.query.AccountProjection;
import kaohe.identity.key.SigningKey;
import kaohe.identity.token.KaoheClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfigurationSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spring Authorization Server with OpenID Connect: discovery ({@code /.well-known/openid-configuration}), the JWK
 * set ({@code /oauth2/jwks}), the authorization endpoint (people sign in on {@code /login}, then the browser app
 * gets a code), the token endpoint (codes with PKCE; the configured machine clients' client-credentials grant),
 * {@code /userinfo} and RP-initiated logout ({@code /connect/logout}). This chain comes first; the sign-in page's
 * comes second ({@link SignInConfiguration}); the platform's chain (the account API under {@code /api/**}, health)
 * takes whatever neither matches.
 */
@Configuration
public class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        var server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .cors(Customizer.withDefaults())
                // a browser that is not signed in is sent to the sign-in page; anything else gets its 401
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // /userinfo takes the access token
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(IdentityProperties properties) {
        return WebClient.cors(properties);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        String file = properties.keyFile();
        RSAKey key = SigningKey.loadOrCreate(file == null || file.isBlank() ? null : Path.of(file));
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** One encoder for the authorization server's tokens and the dev tokens: one key, one set of rules. */
    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
        return new NimbusJwtEncoder(keys);
    }

    /** What {@code /userinfo} checks access tokens with: this provider's own key. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    /**
     * The browser app (when it has a redirect URI) and the configured machine clients that have a secret: a client
     * without one is not registered, so the jar's defaults (no secrets) let no machine client in.
     */
    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties) {
        var tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        var clients = new ArrayList<RegisteredClient>();
        WebClient.registration(properties).ifPresent(clients::add);
        properties.clients().stream()
                .filter(client -> client.secret() != null && !client.secret().isBlank())
                .map(client -> RegisteredClient.withId(UUID.nameUUIDFromBytes(client.id().getBytes(StandardCharsets.UTF_8)).toString())
                        .clientId(client.id()).clientName(client.name())
                        .clientSecret(client.secret().startsWith("{") ? client.secret() : "{noop}" + client.secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokens)
                        .build())
                .forEach(clients::add);
        return new ConfiguredClients(clients);
    }

    /**
     * A person's tokens say who they are as the account says it now (name, department, roles); an account disabled
     * since it signed in gets no token. A client's access token says, like a user's, who it acts as and for which
     * audience.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> kaoheTokens(IdentityProperties properties, KaoheClaims claims,
                                                           AccountProjection accounts) {
        Map<String, IdentityProperties.Client> clients = properties.clients().stream()
                .collect(Collectors.toMap(IdentityProperties.Client::id, Function.identity()));
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                var client = clients.get(context.getRegisteredClient().getClientId());
                if (client != null && accessToken) {
                    claims.actor(context.getClaims(), client.name(), null, client.roles());
                }
                return;
            }
            var account = accounts.find(context.getPrincipal().getName()).filter(found -> !found.disabled())
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                            OAuth2ErrorCodes.ACCESS_DENIED, "account disabled or unknown", null)));
            if (accessToken) {
                claims.actor(context.getClaims(), account.name(), account.department(), account.roles());
            } else if (idToken) {
                claims.profile(context.getClaims(), account.name(), account.department(), account.roles());
            }
        };
    }
}
