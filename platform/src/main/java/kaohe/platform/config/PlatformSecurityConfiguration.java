package kaohe.platform.config;

import kaohe.platform.actor.DevHeaderAuthenticationFilter;
import kaohe.platform.actor.JwtSettings;
import kaohe.platform.actor.TokenActorConverter;
import kaohe.platform.actor.TokenDecoder;
import kaohe.platform.web.Problems;
import kaohe.tokens.HeaderCharacters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every service: health, metrics and API docs are open; {@code /api/**} needs an authenticated actor; anything
 * else is refused. 401 and 403 answer as problem details. The actor comes from a bearer token when
 * {@code kaohe.security.jwt.issuer-uri} is set, and from the development headers when {@code kaohe.dev-headers}
 * is on — never from both: a request that carries a token is judged by its token alone.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@EnableMethodSecurity
@EnableConfigurationProperties(JwtSettings.class)
public class PlatformSecurityConfiguration {

    /**
     * No observation around each of the chain's filters, authentication and authorization: ~15 % of a command's
     * CPU in the service's request threads (JFR); requests are still timed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's strict firewall, its header characters tested by a loop instead of a regular expression per read. */
    @Bean
    HttpFirewall strictFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedInName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedInValue);
        return firewall;
    }

    @Bean
    SecurityFilterChain kaoheSecurity(HttpSecurity http, Problems problems, KaoheProperties properties,
                                      JwtSettings tokens) throws Exception {
        JwtDecoder decoder = tokens.enabled() ? TokenDecoder.create(tokens) : null;
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            if (decoder != null) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            problems.write(request, response, 401, "unauthenticated");
        };
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                                "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, 403, "forbidden")));
        if (decoder != null) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new TokenActorConverter()))
                    .authenticationEntryPoint(unauthenticated));
        }
        if (properties.devHeaders()) {
            http.addFilterBefore(new DevHeaderAuthenticationFilter(), AbstractPreAuthenticatedProcessingFilter.class);
        }
        return http.build();
    }
}
