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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user rate limit on the API: a token bucket per user (the token's subject; else, while development headers
 * pass, the user they name; else the client's address), refilled at {@code kaohe.gateway.rate-limit.per-second} up to {@code burst}. Over it: 429 with
 * {@code Retry-After}, nothing forwarded. In memory, so per gateway instance. A web filter, not a route filter,
 * so it also counts what the gateway answers itself (the audit view, whose every call fans out to each service);
 * ordered after Spring Security's chain (-100), which has read the token by then.
 */
@Component
public class RateLimit implements WebFilter, Ordered {

    private static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(@Value("${kaohe.gateway.rate-limit.per-second:200}") double perSecond,
                     @Value("${kaohe.gateway.rate-limit.burst:400}") double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    private final class Bucket {
        private double tokens = burst;
        private long refilledAt = System.nanoTime();

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // identities rotated to exhaust memory: start every bucket full again
        }
        return exchange.getPrincipal().map(principal -> "user:" + principal.getName())
                .defaultIfEmpty(client(exchange))
                .flatMap(client -> buckets.computeIfAbsent(client, key -> new Bucket()).take()
                        ? chain.filter(exchange) : refuse(exchange));
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "1");
        String rate = perSecond % 1 == 0 ? Long.toString((long) perSecond) : Double.toString(perSecond);
        return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "请求过于频繁",
                "每个用户每秒最多 " + rate + " 次请求，请稍后重试。");
    }

    private static String client(ServerWebExchange exchange) {
        String user = exchange.getRequest().getHeaders().getFirst("X-Kaohe-User");
        if (user != null && !user.isBlank()) {
            return "user:" + user;
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "address:" + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
