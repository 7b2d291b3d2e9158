package kaohe.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.gateway.downstream.DownstreamFailure;
import kaohe.gateway.downstream.DownstreamInstances;
import kaohe.gateway.downstream.DownstreamTimeouts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The services' own audit endpoints, called on the caller's behalf with its token (or, where development headers
 * are on, its headers): each service decides for itself who may read its history, so a refusal there is the
 * answer here.
 */
@Component
public class ContextAudits {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final WebClient web;
    private final DownstreamInstances instances;

    public ContextAudits(WebClient.Builder web, DownstreamInstances instances, DownstreamTimeouts timeouts) {
        // a whole page of events, or a proof with its segments, is larger than WebClient's default 256 KB
        this.web = web.clientConnector(timeouts.connector())
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        this.instances = instances;
    }

    /** Every context behind the gateway, in a stable order. */
    public List<String> contexts() {
        return List.copyOf(instances.all().keySet());
    }

    /**
     * {@code GET /api/<context>/<path>?<query>} as the caller. Empty when the service answers 404 (it does not hold
     * the aggregate); any other refusal becomes a {@link DownstreamRefusal}. An instance that does not take the
     * connection leaves the call to the next one.
     */
    public Mono<Optional<JsonNode>> get(String context, String path, Map<String, String> query,
                                        ServerHttpRequest caller) {
        return get(context, path, query, caller, instances.candidates(context), 0)
                .timeout(TIMEOUT)
                .onErrorMap(failure -> !(failure instanceof DownstreamRefusal),
                        failure -> new DownstreamRefusal(context, HttpStatus.SERVICE_UNAVAILABLE.value(), null));
    }

    private Mono<Optional<JsonNode>> get(String context, String path, Map<String, String> query,
                                         ServerHttpRequest caller, List<DownstreamInstances.Instance> candidates,
                                         int index) {
        var instance = candidates.get(index);
        var uri = UriComponentsBuilder.fromUri(instance.uri()).path("/api/" + context + "/" + path);
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return web.get().uri(uri.encode().build().toUri())
                .headers(headers -> forward(caller.getHeaders(), headers))
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(JsonNode.class).map(Optional::of);
                    }
                    if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return response.releaseBody().thenReturn(Optional.<JsonNode>empty());
                    }
                    return response.bodyToMono(String.class).defaultIfEmpty("").flatMap(body -> Mono.error(
                            new DownstreamRefusal(context, response.statusCode().value(), body)));
                })
                .onErrorResume(failure -> DownstreamFailure.of(failure) == DownstreamFailure.NOT_CONNECTED
                        && index + 1 < candidates.size(), failure -> {
                    instance.unreachable();
                    return get(context, path, query, caller, candidates, index + 1);
                });
    }

    private static void forward(HttpHeaders from, HttpHeaders to) {
        from.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("authorization") || lower.startsWith("x-kaohe-") || lower.equals("x-correlation-id")
                    || lower.equals("accept-language")) {
                to.put(name, values);
            }
        });
    }

    /** A service refused (its status and problem body), or could not be reached (503, no body). */
    public static class DownstreamRefusal extends RuntimeException {

        private final String context;
        private final int status;
        private final String body;

        DownstreamRefusal(String context, int status, String body) {
            super(context + " answered " + status);
            this.context = context;
            this.status = status;
            this.body = body;
        }

        public String context() {
            return context;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }
}
