package kaohe.gateway.downstream;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Where each context's instances listen, one or several, comma-separated:
 * {@code kaohe.gateway.services.indicator=http://127.0.0.1:8081,http://127.0.0.1:8181}.
 */
@ConfigurationProperties("kaohe.gateway")
public record DownstreamServices(Map<String, List<URI>> services) {

    public DownstreamServices {
        services.forEach((context, instances) -> {
            if (instances.isEmpty()) {
                throw new IllegalArgumentException("kaohe.gateway.services." + context + " names no instance");
            }
        });
        services = Map.copyOf(services);
    }
}
