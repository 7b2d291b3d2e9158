package kaohe.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;

/**
 * A client never names itself to a service: its {@code X-Kaohe-*} headers are removed before anything else reads
 * them unless development headers are on — and even then beside a token, which alone says who is calling.
 */
@Component
public class IdentityHeaders implements WebFilter, Ordered {

    static final String PREFIX = "x-kaohe-";

    private final boolean devHeaders;

    public IdentityHeaders(@Value("${kaohe.dev-headers:false}") boolean devHeaders) {
        this.devHeaders = devHeaders;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var headers = exchange.getRequest().getHeaders();
        if (devHeaders && !headers.containsKey(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        List<String> claimed = headers.keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX)).toList();
        if (claimed.isEmpty()) {
            return chain.filter(exchange);
        }
        var request = exchange.getRequest().mutate().headers(mutable -> claimed.forEach(mutable::remove)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
