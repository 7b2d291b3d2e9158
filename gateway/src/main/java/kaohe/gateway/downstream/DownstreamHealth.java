package kaohe.gateway.downstream;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each context's state as the gateway sees it (its instances' last health checks), shown beside the gateway's own
 * health but never folded into it: one service down must not take the whole entry point out of a load balancer.
 * A context with an instance up is UP; with none, {@link #UNAVAILABLE} — a status left out of
 * {@code management.endpoint.health.status.order} on purpose, so it does not count in the gateway's own status.
 * The details (instances up of how many, never their addresses) are at {@code /actuator/health/services}.
 */
@Configuration
public class DownstreamHealth {

    public static final Status UNAVAILABLE = new Status("UNAVAILABLE", "no instance of the context answers UP");

    @Bean
    CompositeHealthContributor downstream(DownstreamInstances instances) {
        Map<String, HealthIndicator> contexts = new LinkedHashMap<>();
        instances.all().forEach((context, list) -> contexts.put(context, () -> health(list)));
        return CompositeHealthContributor.fromMap(contexts);
    }

    private static Health health(List<DownstreamInstances.Instance> instances) {
        long up = instances.stream().filter(DownstreamInstances.Instance::up).count();
        return Health.status(up > 0 ? Status.UP : UNAVAILABLE)
                .withDetail("up", up).withDetail("instances", instances.size()).build();
    }
}
