package kaohe.crudpeer;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.actor.JwtSettings;
import kaohe.platform.actor.TokenActorConverter;
import kaohe.platform.actor.TokenDecoder;
import kaohe.platform.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The bearer token checked as every service checks it — the platform's {@link TokenDecoder} (RS256, issuer,
 * audience, expiry) and claims ({@link TokenActorConverter}) — with 401 and 403 as the same problem details. Unlike
 * a service it has no development headers and no way to run without an issuer: a peer that checked less would
 * measure less.
 */
@Configuration
@EnableMethodSecurity
class PeerSecurity {

    @Bean
    Problems problems(ObjectMapper objectMapper) {
        return new Problems(objectMapper);
    }

    @Bean
    SecurityFilterChain tokenChecks(HttpSecurity http, Problems problems, JwtSettings tokens) throws Exception {
        if (!tokens.enabled()) {
            throw new IllegalStateException("the CRUD peer checks bearer tokens as the services do: "
                    + "set kaohe.security.jwt.issuer-uri (KAOHE_JWT_ISSUER)");
        }
        AuthenticationEntryPoint unauthenticated = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, 401, "unauthenticated");
        };
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, 403, "forbidden")))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(TokenDecoder.create(tokens))
                                .jwtAuthenticationConverter(new TokenActorConverter()))
                        .authenticationEntryPoint(unauthenticated))
                .build();
    }
}
