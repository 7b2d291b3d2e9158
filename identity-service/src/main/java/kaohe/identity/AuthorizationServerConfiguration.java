package kaohe.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import kaohe.identity.key.SigningKey;
import kaohe.identity.token.KaoheClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spring Authorization Server with OpenID Connect: discovery ({@code /.well-known/openid-configuration}), the JWK
 * set ({@code /oauth2/jwks}) and the token endpoint, where the configured machine clients take the
 * client-credentials grant. Everything else here is open only for health and, locally, the dev tokens.
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
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the dev token endpoint is called by scripts, never by a browser holding a session
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // only DevTokenController answers here, and it exists only with dev tokens on: else 404
                        // (a path pattern: the MVC matcher does not match /dev/** once no handler is there)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/dev/**")).permitAll()
                        .anyRequest().denyAll());
        return http.build();
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

    /**
     * The configured clients that have a secret: a client without one is not registered, so the jar's defaults
     * (no secrets) let no machine client in. With none registered the token endpoint knows no client at all.
     */
    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties) {
        var tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        return new ConfiguredClients(properties.clients().stream()
                .filter(client -> client.secret() != null && !client.secret().isBlank())
                .map(client -> RegisteredClient.withId(UUID.nameUUIDFromBytes(client.id().getBytes(StandardCharsets.UTF_8)).toString())
                        .clientId(client.id()).clientName(client.name())
                        .clientSecret(client.secret().startsWith("{") ? client.secret() : "{noop}" + client.secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokens)
                        .build())
                .toList());
    }

    /** A client's access token says, like a user's, who it acts as and for which audience. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> kaoheAccessTokens(IdentityProperties properties, KaoheClaims claims) {
        Map<String, IdentityProperties.Client> clients = properties.clients().stream()
                .collect(Collectors.toMap(IdentityProperties.Client::id, Function.identity()));
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            var client = clients.get(context.getRegisteredClient().getClientId());
            if (client != null) {
                claims.actor(context.getClaims(), client.name(), null, client.roles());
            }
        };
    }
}
