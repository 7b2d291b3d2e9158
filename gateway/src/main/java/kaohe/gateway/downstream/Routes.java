package kaohe.gateway.downstream;

import io.netty.channel.ChannelOption;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Duration;

/**
 * One route per context for its API, and one for its OpenAPI document ({@code /v3/api-docs/<context>}), so the
 * Swagger UI here shows every service; the context's slow paths (uploads, exports) first, with their longer
 * response timeout. Each goes to {@code lb://<context>}: {@link InstanceRouting} picks the instance. A bench peer
 * ({@link DownstreamServices#benchPeer}) gets its API route only: it has no document in the product's.
 */
@Configuration
public class Routes {

    @Bean
    HttpClientCustomizer connectTimeout(DownstreamTimeouts timeouts) {
        return client -> client.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeouts.connectTimeout().toMillis());
    }

    @Bean
    RouteLocator kaoheRoutes(RouteLocatorBuilder builder, DownstreamServices downstream, DownstreamTimeouts timeouts) {
        var routes = builder.routes();
        downstream.services().keySet().forEach(context -> {
            URI uri = URI.create("lb://" + context);
            // a slow path names its context, or any context with "/api/*/…"
            String[] slow = timeouts.slowPaths().stream()
                    .map(path -> path.replaceFirst("^/api/\\*/", "/api/" + context + "/"))
                    .filter(path -> path.startsWith("/api/" + context + "/"))
                    .toArray(String[]::new);
            if (slow.length > 0) {
                routes.route(context + "-api-slow", route -> route.order(-1).path(slow)
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, millis(timeouts.slowResponseTimeout()))
                        .uri(uri));
            }
            routes.route(context + "-api", route -> route.path("/api/" + context + "/**")
                    .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, millis(timeouts.responseTimeout()))
                    .uri(uri));
            if (downstream.benchPeer(context)) {
                return;
            }
            routes.route(context + "-api-docs", route -> route.path("/v3/api-docs/" + context)
                    .filters(filter -> filter.setPath("/v3/api-docs"))
                    .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, millis(timeouts.responseTimeout()))
                    .uri(uri));
        });
        return routes.build();
    }

    /** Route metadata takes its timeouts in milliseconds. */
    private static long millis(Duration duration) {
        return duration.toMillis();
    }
}
