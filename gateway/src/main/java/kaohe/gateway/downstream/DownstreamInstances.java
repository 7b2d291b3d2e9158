package kaohe.gateway.downstream;

import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every context's instances and whether each answered its last health check UP, asked every
 * {@code kaohe.gateway.health-interval}: a stopped instance stops getting requests within about that time (at once
 * when a request could not connect to it). Requests go round-robin to the instances that are up; the others are
 * still tried after them, so a context whose instances all report DOWN (a service whose Kafka is away still takes
 * commands) or that came back since the last check is not refused by the gateway alone. The check asks
 * {@code kaohe.gateway.health-path}, the services' {@code routing} group (their state and database): the whole
 * {@code /actuator/health} (consumers' dead letters, disk, the mail server) every second cost each service
 * 10–40 ms of CPU a second, idle or not.
 */
@Component
public class DownstreamInstances implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DownstreamInstances.class);

    private final Map<String, List<Instance>> instances = new TreeMap<>();
    private final Map<String, List<Instance>> product = new TreeMap<>();
    private final Map<String, AtomicInteger> turns = new TreeMap<>();
    private final Disposable.Composite checks = Disposables.composite();

    public DownstreamInstances(DownstreamServices services, DownstreamTimeouts timeouts, WebClient.Builder web,
                               @Value("${kaohe.gateway.health-interval:1s}") Duration interval,
                               @Value("${kaohe.gateway.health-path:/actuator/health/routing}") String healthPath) {
        // a health check each second per instance is no client request worth timing (http.client.requests)
        var client = web.clone().clientConnector(timeouts.connector()).observationRegistry(ObservationRegistry.NOOP)
                .build();
        services.services().forEach((context, uris) -> {
            instances.put(context, uris.stream().map(uri -> new Instance(context, uri)).toList());
            turns.put(context, new AtomicInteger());
            if (!services.benchPeer(context)) {
                product.put(context, instances.get(context));
            }
        });
        Duration timeout = interval.compareTo(timeouts.connectTimeout()) > 0 ? interval : timeouts.connectTimeout();
        instances.values().stream().flatMap(List::stream).forEach(instance -> checks.add(
                Flux.interval(Duration.ZERO, interval).onBackpressureDrop()
                        .concatMap(tick -> isUp(client, instance.uri().resolve(healthPath), timeout))
                        .subscribe(instance::checked)));
    }

    /** The product's contexts and their instances, in a stable order: no bench peer among them. */
    public Map<String, List<Instance>> all() {
        return product;
    }

    /** The context's instances in the order to try them: those up first, each list starting at the next turn. */
    public List<Instance> candidates(String context) {
        List<Instance> all = instances.get(context);
        int turn = Math.floorMod(turns.get(context).getAndIncrement(), all.size());
        List<Instance> up = new ArrayList<>();
        List<Instance> others = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Instance instance = all.get((turn + i) % all.size());
            (instance.up() ? up : others).add(instance);
        }
        up.addAll(others);
        return up;
    }

    private static Mono<Boolean> isUp(WebClient client, URI health, Duration timeout) {
        return client.get().uri(health)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(Map.class).map(body -> "UP".equals(body.get("status")))
                        : response.releaseBody().thenReturn(false))
                .timeout(timeout)
                .onErrorReturn(false)
                .defaultIfEmpty(false);
    }

    @Override
    public void destroy() {
        checks.dispose();
    }

    /** One instance of a context's service; up until a check or a request finds otherwise. */
    public static final class Instance {

        private final String context;
        private final URI uri;
        private volatile boolean up = true;

        Instance(String context, URI uri) {
            this.context = context;
            this.uri = uri;
        }

        public URI uri() {
            return uri;
        }

        public boolean up() {
            return up;
        }

        /** A request could not connect: no more requests until a health check finds it up again. */
        public void unreachable() {
            checked(false);
        }

        void checked(boolean nowUp) {
            if (up != nowUp) {
                log.info("{} instance {} is {}", context, uri, nowUp ? "up" : "down");
            }
            up = nowUp;
        }
    }
}
