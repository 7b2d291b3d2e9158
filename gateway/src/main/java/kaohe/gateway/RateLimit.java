package kaohe.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-user rate limit on the API: a token bucket per user (the token's subject; else, while development headers
 * pass, the user they name; else the client's address), refilled at {@code kaohe.gateway.rate-limit.per-second}
 * up to {@code burst}. Over it: 429 with {@code Retry-After}, nothing forwarded. A web filter, not a route filter,
 * so it also counts what the gateway answers itself (the audit view, whose every call fans out to each service);
 * ordered after Spring Security's chain (-100), which has read the token by then. What never gets that far (no
 * or a bad token) is counted by address in {@link FailedAuthenticationLimit}.
 */
@Component
public class RateLimit implements WebFilter, Ordered {

    private final TokenBuckets buckets;

    public RateLimit(@Value("${kaohe.gateway.rate-limit.per-second:200}") double perSecond,
                     @Value("${kaohe.gateway.rate-limit.burst:400}") double burst) {
        this.buckets = new TokenBuckets(perSecond, burst);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(principal -> "user:" + principal.getName())
                .defaultIfEmpty(client(exchange))
                .flatMap(client -> buckets.take(client) ? chain.filter(exchange) : refuse(exchange));
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "1");
        return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁",
                "每个用户每秒最多 " + buckets.rate() + " 次请求，请稍后重试。");
    }

    private static String client(ServerWebExchange exchange) {
        String user = exchange.getRequest().getHeaders().getFirst("X-Kaohe-User");
        if (user != null && !user.isBlank()) {
            return "user:" + user;
        }
        return FailedAuthenticationLimit.address(exchange);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
