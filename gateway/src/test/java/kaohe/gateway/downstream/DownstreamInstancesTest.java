package kaohe.gateway.downstream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The instance list and its health checks, every 200 ms here, against stand-in instances. */
class DownstreamInstancesTest {

    private final Stubs.Answering first = new Stubs.Answering("first", Duration.ZERO);
    private final Stubs.Answering second = new Stubs.Answering("second", Duration.ZERO);
    private final DownstreamInstances instances = new DownstreamInstances(
            new DownstreamServices(Map.of("indicator", List.of(URI.create(first.url()), URI.create(second.url())),
                    "crudpeer", List.of(URI.create(first.url()))), Set.of("crudpeer")),
            new DownstreamTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(120), List.of()),
            WebClient.builder(), Duration.ofMillis(200), "/actuator/health/routing");

    @AfterEach
    void stop() {
        instances.destroy();
        first.stop();
        second.stop();
    }

    @Test
    void requestsTakeTurnsBetweenTheInstancesThatAreUp() {
        assertThat(IntStream.range(0, 4).mapToObj(i -> instances.candidates("indicator").get(0).uri().toString()))
                .containsExactly(first.url(), second.url(), first.url(), second.url());
    }

    @Test
    void aStoppedInstanceIsFoundDownByTheChecksAndTriedOnlyAfterTheOthers() throws InterruptedException {
        var firstInstance = instances.all().get("indicator").get(0);
        first.stop();
        assertThat(waitFor(() -> !firstInstance.up())).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(instances.candidates("indicator")).extracting(instance -> instance.uri().toString())
                    .containsExactly(second.url(), first.url());
        }
    }

    @Test
    void anInstanceARequestCouldNotReachIsPassedOverUntilACheckFindsItUpAgain() throws InterruptedException {
        var firstInstance = instances.all().get("indicator").get(0);
        firstInstance.unreachable();
        assertThat(instances.candidates("indicator").get(0).uri().toString()).isEqualTo(second.url());
        assertThat(waitFor(firstInstance::up)).isTrue();
    }

    @Test
    void theChecksAskTheServicesRoutingGroupNotTheirWholeHealth() throws Exception {
        // the whole health is UP (a dead letter is no reason to stop routing), the routing group DOWN (no database)
        var service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/actuator/health", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        service.createContext("/actuator/health/routing", exchange -> answer(exchange, 503, "{\"status\":\"DOWN\"}"));
        service.start();
        var url = "http://127.0.0.1:" + service.getAddress().getPort();
        var checked = new DownstreamInstances(
                new DownstreamServices(Map.of("ledger", List.of(URI.create(url))), Set.of()),
                new DownstreamTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(120),
                        List.of()), WebClient.builder(), Duration.ofMillis(200), "/actuator/health/routing");
        try {
            assertThat(waitFor(() -> !checked.all().get("ledger").get(0).up())).isTrue();
        } finally {
            checked.destroy();
            service.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void aBenchPeerIsRoutedAndCheckedButIsNoContextOfTheProduct() throws InterruptedException {
        var peer = instances.candidates("crudpeer").get(0);
        assertThat(peer.uri().toString()).isEqualTo(first.url());
        assertThat(instances.all()).containsOnlyKeys("indicator");
        peer.unreachable();
        assertThat(waitFor(peer::up)).isTrue();
    }

    /** Checks are 200 ms apart; on a loaded machine the one that sees the change may come seconds later. */
    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
