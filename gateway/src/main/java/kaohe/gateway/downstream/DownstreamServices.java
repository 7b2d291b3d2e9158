package kaohe.gateway.downstream;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each context's instances listen, one or several, comma-separated:
 * {@code kaohe.gateway.services.indicator=http://127.0.0.1:8081,http://127.0.0.1:8181}. The contexts named in
 * {@code kaohe.gateway.bench-peers} (the bench's CRUD peer) are routed like the others, through the same filters,
 * but are no part of the product: the gateway's health, audit view and API documents leave them out.
 */
@ConfigurationProperties("kaohe.gateway")
public record DownstreamServices(Map<String, List<URI>> services, Set<String> benchPeers) {

    public DownstreamServices {
        benchPeers = benchPeers == null ? Set.of() : Set.copyOf(benchPeers);
        services.forEach((context, instances) -> {
            if (instances.isEmpty()) {
                throw new IllegalArgumentException("kaohe.gateway.services." + context + " names no instance");
            }
        });
        services = Map.copyOf(services);
    }

    /** A context the bench routes to for comparison, not one of the product's. */
    public boolean benchPeer(String context) {
        return benchPeers.contains(context);
    }
}
