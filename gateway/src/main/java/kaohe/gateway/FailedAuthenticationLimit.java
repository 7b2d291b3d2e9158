package kaohe.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * Requests that end unauthenticated (401: no token, a forged, expired or foreign one) are counted per client
 * address, {@code kaohe.gateway.rate-limit.unauthenticated-per-second} up to {@code unauthenticated-burst}; once
 * an address has used them up, its requests get 429 with {@code Retry-After} before Spring Security (-100) even
 * reads the token, so a flood of bad tokens costs no signature checks. Authenticated requests take nothing from
 * their address: colleagues behind one office address are limited per user ({@link RateLimit}), not together.
 */
@Component
public class FailedAuthenticationLimit implements WebFilter, Ordered {

    private final TokenBuckets buckets;

    public FailedAuthenticationLimit(
            @Value("${kaohe.gateway.rate-limit.unauthenticated-per-second:2}") double perSecond,
            @Value("${kaohe.gateway.rate-limit.unauthenticated-burst:30}") double burst) {
        this.buckets = new TokenBuckets(perSecond, burst);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        String address = address(exchange);
        if (!buckets.available(address)) {
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁",
                    "来自此地址的未认证请求每秒最多 " + buckets.rate() + " 次，请稍后重试。");
        }
        exchange.getResponse().beforeCommit(() -> {
            if (HttpStatus.UNAUTHORIZED.equals(exchange.getResponse().getStatusCode())) {
                buckets.take(address);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "address:" + (remote == null || remote.getAddress() == null ? "unknown"
                : remote.getAddress().getHostAddress());
    }

    @Override
    public int getOrder() {
        return -200;
    }
}
