package kaohe.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.Map;

/** Where each context's service listens: {@code kaohe.gateway.services.indicator=http://127.0.0.1:8081}. */
@ConfigurationProperties("kaohe.gateway")
public record DownstreamServices(Map<String, URI> services) {

    public DownstreamServices {
        services = Map.copyOf(services);
    }
}
