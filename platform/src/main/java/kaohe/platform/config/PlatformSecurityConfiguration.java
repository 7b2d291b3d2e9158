package kaohe.platform.config;

import kaohe.platform.actor.DevHeaderAuthenticationFilter;
import kaohe.platform.web.Problems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;

/**
 * Every service: health, metrics and API docs are open; {@code /api/**} needs an authenticated actor; anything
 * else is refused. 401 and 403 answer as problem details.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

    @Bean
    SecurityFilterChain kaoheSecurity(HttpSecurity http, Problems problems, KaoheProperties properties)
            throws Exception {
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
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write(request, response, 401, "unauthenticated"))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, 403, "forbidden")));
        if (properties.devHeaders()) {
            http.addFilterBefore(new DevHeaderAuthenticationFilter(), AbstractPreAuthenticatedProcessingFilter.class);
        }
        return http.build();
    }
}
