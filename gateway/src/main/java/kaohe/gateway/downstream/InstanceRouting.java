package kaohe.gateway.downstream;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Set;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

/**
 * Sends a request routed to {@code lb://<context>} to one of the context's instances, and decides whether a
 * failure is tried again on another: after a failed connect always (the service received nothing, whatever the
 * method); after a broken connection only a GET or HEAD, once; after a timeout, or a POST/PUT/DELETE that reached a
 * service, never — the client repeats those with its {@code Idempotency-Key}. What still fails is answered by
 * {@link DownstreamFailure}.
 *
 * <p>A filter of its own rather than Spring Cloud LoadBalancer with the Retry filter: that filter takes the methods
 * and the exceptions to retry as two independent lists, so "any method, but only after a failed connect" cannot be
 * said; and the instance list here comes from configuration with its own health checks anyway. (Spring Cloud
 * LoadBalancer is not on the class path: added, its filter would claim {@code lb://} as well.)
 */
@Component
public class InstanceRouting implements GlobalFilter, Ordered {

    /** Where Spring Cloud's load-balancer filter runs: after the route's URL is made, before it is called. */
    static final int ORDER = 10150;

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private final DownstreamInstances instances;

    public InstanceRouting(DownstreamInstances instances) {
        this.instances = instances;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
        if (url == null || !"lb".equals(url.getScheme())) {
            return chain.filter(exchange);
        }
        String context = url.getHost();
        return attempt(exchange, chain, url, instances.candidates(context), 0, false)
                .onErrorResume(failure -> !exchange.getResponse().isCommitted(),
                        failure -> DownstreamFailure.of(failure).answer(exchange, context, failure));
    }

    private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, URI url,
                               List<DownstreamInstances.Instance> candidates, int index, boolean retriedBroken) {
        var instance = candidates.get(index % candidates.size());
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, UriComponentsBuilder.fromUri(url)
                .scheme(instance.uri().getScheme()).host(instance.uri().getHost()).port(instance.uri().getPort())
                .build(true).toUri());
        return chain.filter(exchange).onErrorResume(failure -> {
            if (exchange.getResponse().isCommitted()) {
                return Mono.error(failure);
            }
            var kind = DownstreamFailure.of(failure);
            if (kind == DownstreamFailure.NOT_CONNECTED) {
                instance.unreachable();
            }
            boolean again = kind == DownstreamFailure.NOT_CONNECTED && index + 1 < candidates.size()
                    || kind == DownstreamFailure.BROKEN && !retriedBroken
                    && SAFE.contains(exchange.getRequest().getMethod());
            if (!again) {
                return Mono.error(failure);
            }
            ServerWebExchangeUtils.reset(exchange);
            return attempt(exchange, chain, url, candidates, index + 1,
                    retriedBroken || kind == DownstreamFailure.BROKEN);
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
