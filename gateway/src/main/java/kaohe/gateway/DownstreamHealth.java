package kaohe.gateway;

import org.springframework.boot.actuate.health.CompositeReactiveHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** The gateway's health shows every downstream service's own health, so one URL tells whether all is up. */
@Configuration
public class DownstreamHealth {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Bean
    CompositeReactiveHealthContributor downstream(DownstreamServices downstream, WebClient.Builder webClients) {
        var client = webClients.build();
        Map<String, ReactiveHealthIndicator> indicators = new TreeMap<>();
        downstream.services().forEach((context, uri) -> indicators.put(context, () -> check(client, uri)));
        return CompositeReactiveHealthContributor.fromMap(indicators);
    }

    @SuppressWarnings("unchecked")
    private static Mono<Health> check(WebClient client, URI service) {
        return client.get().uri(service.resolve("/actuator/health")).retrieve()
                .bodyToMono(Map.class)
                .timeout(TIMEOUT)
                .map(body -> "UP".equals(body.get("status"))
                        ? Health.up().withDetail("url", service.toString()).build()
                        : Health.down().withDetail("url", service.toString()).withDetail("status", body.get("status"))
                        .build())
                .onErrorResume(failure -> Mono.just(Health.down().withDetail("url", service.toString())
                        .withDetail("error", String.valueOf(failure.getMessage())).build()));
    }
}
