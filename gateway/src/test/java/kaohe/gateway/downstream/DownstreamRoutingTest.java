package kaohe.gateway.downstream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway before services that are down, slow, reset connections, or run as two instances: indicator has
 * two instances (one stopped during a test), ledger none reachable, evidence answers after 6 s (response timeout
 * 1 s, uploads 15 s), scoring resets every request once read, identity has one instance up of two. Health checks
 * run once at the start; {@link DownstreamInstancesTest} has them in their rhythm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DownstreamRoutingTest {

    private static final Stubs.Answering indicatorA = new Stubs.Answering("indicator-a", Duration.ZERO);
    private static final Stubs.Answering indicatorB = new Stubs.Answering("indicator-b", Duration.ZERO);
    private static final Stubs.Answering slowEvidence = new Stubs.Answering("evidence", Duration.ofSeconds(6));
    private static final Stubs.Resetting resettingScoring = new Stubs.Resetting();
    private static final Stubs.Answering identity = new Stubs.Answering("identity", Duration.ZERO);

    @Autowired
    private WebTestClient client;

    @Autowired
    private DownstreamInstances instances;

    @DynamicPropertySource
    static void downstream(DynamicPropertyRegistry registry) {
        registry.add("kaohe.dev-headers", () -> "true");
        registry.add("kaohe.gateway.services.indicator", () -> indicatorA.url() + "," + indicatorB.url());
        registry.add("kaohe.gateway.services.ledger", Stubs::closedUrl);
        registry.add("kaohe.gateway.services.evidence", slowEvidence::url);
        registry.add("kaohe.gateway.services.scoring", resettingScoring::url);
        registry.add("kaohe.gateway.services.identity", () -> Stubs.closedUrl() + "," + identity.url());
        registry.add("kaohe.gateway.response-timeout", () -> "1s");
        registry.add("kaohe.gateway.slow-response-timeout", () -> "15s");
        registry.add("kaohe.gateway.slow-paths", () -> "/api/*/uploads"); // any context's uploads
        // one round of checks at the start; what a request finds out on its own is tested without their help
        registry.add("kaohe.gateway.health-interval", () -> "1h");
    }

    @AfterAll
    static void stop() throws IOException {
        indicatorA.stop();
        indicatorB.stop();
        slowEvidence.stop();
        resettingScoring.stop();
        identity.stop();
    }

    @Test
    void bothInstancesShareTheLoadAndWhenOneStopsTheOtherAnswersEveryRequestAtOnce() {
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(client.get().uri("/api/indicator/plans").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("{\"from\":\"indicator-a\"}", "{\"from\":\"indicator-b\"}");

        indicatorA.stop();
        int receivedByA = indicatorA.received.size();
        int receivedByB = indicatorB.received.size();
        // health checks are an hour apart here: only the refused connection sends a request on to the other instance
        for (int i = 0; i < 10; i++) {
            client.post().uri("/api/indicator/plans").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"n\":" + i + "}").exchange().expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("{\"from\":\"indicator-b\"}");
            client.get().uri("/api/indicator/plans").exchange().expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("{\"from\":\"indicator-b\"}");
        }
        assertThat(indicatorA.received).hasSize(receivedByA);
        assertThat(instances.all().get("indicator").get(0).up()).as("found unreachable by a request").isFalse();
        assertThat(indicatorB.received.subList(receivedByB, receivedByB + 20)).filteredOn(line -> line.startsWith("POST"))
                .containsExactly(IntStream.range(0, 10).mapToObj(i -> "POST /api/indicator/plans {\"n\":" + i + "}")
                        .toArray(String[]::new));
    }

    @Test
    void aContextWithNoInstanceUpIsA503ProblemWithRetryAfterInChineseOrEnglish() {
        client.post().uri("/api/ledger/tasks").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kaohe:problem:service-unavailable")
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("服务暂时不可用")
                .jsonPath("$.detail").isEqualTo("工作台账服务暂时不可用，请稍后重试。");
        client.get().uri("/api/ledger/tasks").header("Accept-Language", "en-US,en;q=0.9,zh;q=0.8").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.detail").isEqualTo("The ledger service is unavailable at the moment; please retry later.");
    }

    @Test
    void aServiceSlowerThanTheResponseTimeoutIsA504WithinItAndIsNotAskedAgain() {
        int before = slowEvidence.received.size();
        long started = System.nanoTime();
        client.get().uri("/api/evidence/items").exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.code").isEqualTo("service-timeout")
                .jsonPath("$.detail").isEqualTo("印证材料服务未能及时答复，请稍后重试。");
        // the answer came before the service's (6 s), with room for a loaded machine
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(slowEvidence.received).hasSize(before + 1);
    }

    @Test
    void aSlowPathWaitsForItsLongerTimeout() {
        client.mutate().responseTimeout(Duration.ofSeconds(30)).build().post().uri("/api/evidence/uploads").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[64 * 1024]).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"from\":\"evidence\"}");
    }

    @Test
    void aPostWhoseConnectionWasResetIsNotRetriedButAGetIsOnce() {
        int before = resettingScoring.received.size();
        client.post().uri("/api/scoring/rebuilds").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"a\":1}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.code").isEqualTo("service-unavailable");
        assertThat(resettingScoring.received).hasSize(before + 1);
        assertThat(resettingScoring.received.get(before)).startsWith("POST /api/scoring/rebuilds");

        client.get().uri("/api/scoring/plans").exchange().expectStatus().isEqualTo(503);
        assertThat(resettingScoring.received).hasSize(before + 3);
        assertThat(resettingScoring.received.subList(before + 1, before + 3))
                .containsOnly("GET /api/scoring/plans HTTP/1.1");
    }

    @Test
    void theGatewayStaysUpWithServicesDownAndShowsEachContextsInstancesUp() throws InterruptedException {
        Thread.sleep(1000); // the round of health checks at the start has finished
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.downstream.components.identity.status").isEqualTo("UP")
                .jsonPath("$.components.downstream.components.ledger.status").isEqualTo("UNAVAILABLE")
                .jsonPath("$.components.downstream.components.scoring.status").isEqualTo("UNAVAILABLE")
                .jsonPath("$.components.downstream.components.identity.details").doesNotExist();
        client.get().uri("/actuator/health/services").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.downstream.components.identity.details.up").isEqualTo(1)
                .jsonPath("$.components.downstream.components.identity.details.instances").isEqualTo(2)
                .jsonPath("$.components.downstream.components.ledger.details.up").isEqualTo(0)
                .jsonPath("$.components.downstream.components.ledger.details.instances").isEqualTo(1)
                .jsonPath("$.components.downstream.components.identity.details.url").doesNotExist();
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            client.get().uri(probe).exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        }
        client.get().uri("/api/identity/accounts").exchange().expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"from\":\"identity\"}");
    }
}
