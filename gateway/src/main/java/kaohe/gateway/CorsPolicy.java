package kaohe.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;

/**
 * Cross-origin calls are refused unless their origin is listed in {@code kaohe.gateway.cors.allowed-origins}
 * (none by default): the web page is served from the gateway's own origin, which is not a cross-origin call.
 */
@Configuration
public class CorsPolicy {

    /** First of all filters: a preflight carries no token, so authentication must not answer it. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CorsWebFilter corsWebFilter(@Value("${kaohe.gateway.cors.allowed-origins:}") List<String> allowedOrigins) {
        var api = new CorsConfiguration();
        api.setAllowedOrigins(allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList());
        api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key",
                "X-Correlation-Id", "X-File-Name", "Accept-Language"));
        api.setExposedHeaders(List.of("ETag", "Location", "X-Correlation-Id", "Idempotent-Replayed", "Retry-After"));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", api);
        return new CorsWebFilter(source);
    }
}
