package kaohe.gateway;

import kaohe.tokens.HeaderCharacters;
import kaohe.tokens.VerifiedTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The gateway authenticates: with {@code kaohe.security.jwt.issuer-uri} set, {@code /api/**} needs a bearer token
 * that passes the services' own rules (RS256 only, exact issuer, audience, required expiry, not-before, ≤ 30 s
 * skew), and the token travels on to the service, which checks it again. While {@code kaohe.dev-headers} is on, a
 * request without any {@code Authorization} header is let through for the service to judge by its development
 * headers; off, such a request is refused here. Health and API docs stay open.
 */
@Configuration
@EnableWebFluxSecurity
public class GatewaySecurity {

    /** No observation around each security filter and check: the gateway times each exchange once already. */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's strict firewall, its header characters tested by a loop instead of a regular expression per read. */
    @Bean
    ServerWebExchangeFirewall strictFirewall() {
        var firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedInName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedInValue);
        return firewall;
    }

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, JwtSettings settings,
                                           @Value("${kaohe.dev-headers:false}") boolean devHeaders) {
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                // the services set their own security headers; answers pass through as they sent them
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        if (!settings.enabled()) {
            return http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll()).build();
        }
        ServerAuthenticationEntryPoint unauthenticated = (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return GatewayProblems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "未认证",
                    "请求没有有效的身份凭证，请先登录。");
        };
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/**").access(tokenRequired(devHeaders))
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .bearerTokenConverter(new BearerTokenConverter())
                        .jwt(jwt -> jwt.jwtDecoder(decoder(settings)))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated))
                .build();
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> tokenRequired(boolean devHeaders) {
        var authenticated = AuthenticatedReactiveAuthorizationManager.<AuthorizationContext>authenticated();
        return (authentication, context) -> devHeaders
                && !context.getExchange().getRequest().getHeaders().containsKey(HttpHeaders.AUTHORIZATION)
                ? Mono.just(new AuthorizationDecision(true))
                : authenticated.check(authentication, context);
    }

    static ReactiveJwtDecoder decoder(JwtSettings settings) {
        var builder = settings.jwkSetUri() != null
                ? NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwkSetUri())
                : NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri());
        NimbusReactiveJwtDecoder decoder = builder.jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(settings.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(settings.audience())),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank()))));
        return remembering(decoder, VerifiedTokens.forBearerTokens());
    }

    /** A token checked in full is answered from {@code verified} while it is kept (its RS256 check is costly). */
    static ReactiveJwtDecoder remembering(ReactiveJwtDecoder fullCheck, VerifiedTokens<Jwt> verified) {
        return token -> verified.find(token).map(Mono::just).orElseGet(() -> fullCheck.decode(token)
                .doOnNext(jwt -> verified.remember(token, jwt, jwt.getExpiresAt())));
    }
}
