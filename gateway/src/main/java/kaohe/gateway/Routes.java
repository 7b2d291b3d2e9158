package kaohe.gateway;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One route per context for its API, and one for its OpenAPI document ({@code /v3/api-docs/<context>}), so the
 * Swagger UI here shows every service.
 */
@Configuration
public class Routes {

    @Bean
    RouteLocator kaoheRoutes(RouteLocatorBuilder builder, DownstreamServices downstream) {
        var routes = builder.routes();
        downstream.services().forEach((context, uri) -> {
            routes.route(context + "-api", route -> route.path("/api/" + context + "/**").uri(uri));
            routes.route(context + "-api-docs", route -> route.path("/v3/api-docs/" + context)
                    .filters(filter -> filter.setPath("/v3/api-docs"))
                    .uri(uri));
        });
        return routes.build();
    }
}
