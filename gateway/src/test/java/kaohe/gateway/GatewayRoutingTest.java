package kaohe.gateway;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway against a real HTTP server standing in for the indicator service; the others are down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    private static final List<String> seen = new CopyOnWriteArrayList<>();
    private static final HttpServer indicator = start();

    @Autowired
    private WebTestClient client;

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var request = exchange.getRequestHeaders();
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " user="
                        + request.getFirst("X-Kaohe-User") + " correlation=" + request.getFirst("X-Correlation-Id"));
                byte[] body = "{\"from\":\"indicator\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                if (request.containsKey("X-Correlation-Id")) { // as every service answers (the platform's filter)
                    exchange.getResponseHeaders().set("X-Correlation-Id", request.getFirst("X-Correlation-Id"));
                }
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            StubHealth.reportsUp(server);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void downstream(DynamicPropertyRegistry registry) {
        int closed = closedPort();
        // routing with the development headers; tokens (and the headers switched off) are GatewayTokenTest's
        registry.add("kaohe.dev-headers", () -> "true");
        registry.add("kaohe.gateway.rate-limit.per-second", () -> "0.2");
        registry.add("kaohe.gateway.rate-limit.burst", () -> "10");
        registry.add("kaohe.gateway.services.indicator", () -> "http://127.0.0.1:" + indicator.getAddress().getPort());
        // the bench's CRUD peer, answered here by the same stand-in
        registry.add("kaohe.gateway.services.crudpeer", () -> "http://127.0.0.1:" + indicator.getAddress().getPort());
        for (String context : List.of("ledger", "evidence", "scoring", "identity", "supervision")) {
            registry.add("kaohe.gateway.services." + context, () -> "http://127.0.0.1:" + closed);
        }
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        indicator.stop(0);
    }

    @BeforeEach
    void clear() {
        seen.clear();
    }

    @Test
    void routesAContextsApiToItsServiceWithIdentityAndACorrelationId() {
        client.get().uri("/api/indicator/plans/plan-2020/indicators?kind=COMMON")
                .header("X-Kaohe-User", "office-admin")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Correlation-Id")
                .expectBody(String.class).isEqualTo("{\"from\":\"indicator\"}");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).startsWith("GET /api/indicator/plans/plan-2020/indicators?kind=COMMON user=office-admin")
                .doesNotContain("correlation=null");
    }

    @Test
    void refusesADeclaredBodyOverTheLimitBeforeForwardingIt() {
        // Only the head is sent: the gateway must answer from the declared length alone.
        String answer;
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /api/indicator/x HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: " + 22L * 1024 * 1024
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            answer = new String(socket.getInputStream().readNBytes(600), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"payload-too-large\"");
        assertThat(seen).isEmpty();
    }

    @Test
    void aUserOverTheRateLimitGets429WithoutReachingTheService() {
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/indicator/x").header("X-Kaohe-User", "burst-user").exchange()
                    .expectStatus().isOk();
        }
        client.get().uri("/api/indicator/x").header("X-Kaohe-User", "burst-user").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.code").isEqualTo("rate-limited");
        assertThat(seen).hasSize(10);
        client.get().uri("/api/indicator/x").header("X-Kaohe-User", "another-user").exchange()
                .expectStatus().isOk();
    }

    @Test
    void theAuditViewAnsweredByTheGatewayItselfCountsAgainstTheSameLimit() {
        for (int i = 0; i < 10; i++) {
            // each fans out to every service (three of them down here): answered, but not 429
            client.get().uri("/api/audit/chains").header("X-Kaohe-User", "audit-burst-user").exchange()
                    .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
        }
        client.get().uri("/api/audit/chains").header("X-Kaohe-User", "audit-burst-user").exchange()
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.code").isEqualTo("rate-limited");
    }

    /**
     * Over a plain socket: the gateway answers before it has read the whole request and closes, which the pooled
     * test client once met as a response that never came (a CI run). The request is written whole, then read to
     * the end, so the answer is what the gateway sent.
     */
    @Test
    void oversizedHeadersAreRefusedWithoutReachingTheService() throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String request = "GET /api/indicator/x HTTP/1.1\r\nHost: localhost\r\nX-Kaohe-User: header-user\r\n"
                    + "X-Padding: " + "x".repeat(12_000) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).matches("HTTP/1\\.1 (400|413|431) .*");
        }
        assertThat(seen).isEmpty();
    }

    /**
     * The strict firewall judges a header's characters when it is read (the gateway's cheaper test of them): a C1
     * control character (byte 0x85, read as U+0085) in the correlation id is refused with 400, not forwarded.
     */
    @Test
    void aControlCharacterInAHeaderIsRefusedWithoutReachingTheService() throws IOException {
        assertThat(rawStatusLine("firewall-user", "ab\u0085cd")).startsWith("HTTP/1.1 400");
        assertThat(seen).isEmpty();
        assertThat(rawStatusLine("firewall-user", "ab\tcd")).startsWith("HTTP/1.1 200");
        assertThat(seen).hasSize(1);
    }

    private String rawStatusLine(String user, String correlationId) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            String request = "GET /api/indicator/x HTTP/1.1\r\nHost: localhost\r\nX-Kaohe-User: " + user
                    + "\r\nX-Correlation-Id: " + correlationId + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        }
    }

    @Test
    void crossOriginCallsFromUnlistedOriginsAreRefused() {
        client.options().uri("/api/indicator/x")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
        client.get().uri("/api/indicator/x").header("Origin", "https://evil.example")
                .header("X-Kaohe-User", "cors-user").exchange()
                .expectStatus().isForbidden();
        assertThat(seen).isEmpty();
    }

    @Test
    void keepsAWellFormedCorrelationIdAndReplacesAMalformedOneAnsweringItOnce() {
        client.get().uri("/api/indicator/x").header("X-Correlation-Id", "abc-123").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "abc-123");
        client.get().uri("/api/indicator/x").header("X-Correlation-Id", "bad id\twith control").exchange()
                .expectHeader().values("X-Correlation-Id", ids -> assertThat(ids).singleElement()
                        .satisfies(id -> assertThat(id).matches("[0-9a-f-]{36}")));
    }

    @Test
    void servesEachServicesOpenApiDocumentUnderItsContext() {
        client.get().uri("/v3/api-docs/indicator").exchange().expectStatus().isOk();
        assertThat(seen).anyMatch(line -> line.startsWith("GET /v3/api-docs user="));
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/v3/gateway-api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/audit/events']").exists()
                .jsonPath("$.paths['/api/audit/aggregates/{aggregateId}/export']").exists();
    }

    @Test
    void healthShowsEveryDownstreamServiceWithoutFoldingItIntoTheGatewaysOwn() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.downstream.components.indicator.status").isEqualTo("UP")
                .jsonPath("$.components.downstream.components.ledger.status").isEqualTo("UNAVAILABLE")
                .jsonPath("$.components.downstream.components.evidence.status").isEqualTo("UNAVAILABLE")
                .jsonPath("$.components.downstream.components.scoring.status").isEqualTo("UNAVAILABLE")
                .jsonPath("$.components.downstream.components.indicator.details").doesNotExist();
    }

    @Test
    void theBenchsCrudPeerIsRoutedLikeAContextButListedNowhere() {
        client.get().uri("/api/crudpeer/targets/t1").header("X-Kaohe-User", "office-admin").exchange()
                .expectStatus().isOk();
        assertThat(seen).singleElement().asString().startsWith("GET /api/crudpeer/targets/t1 user=office-admin");
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.downstream.components.indicator").exists()
                .jsonPath("$.components.downstream.components.crudpeer").doesNotExist();
        client.get().uri("/v3/api-docs/crudpeer").exchange().expectStatus().isNotFound();
        assertThat(seen).hasSize(1);
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNeverA500() {
        client.get().uri("/api/ledger/x").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.code").isEqualTo("service-unavailable");
    }

    @Test
    void anUnknownContextIsNotFoundAndNothingIsForwarded() {
        client.get().uri("/api/unknown/x").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        assertThat(seen).isEmpty();
    }

    @Test
    void noActuatorEndpointBeyondHealthAndPrometheusIsReachableAndNeverAServicesOwn() throws Exception {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/gateway/routes",
                "/actuator/heapdump", "/actuator/loggers", "/indicator/actuator/env")) {
            client.get().uri(path).exchange().expectStatus().value(status -> assertThat(status).as(path)
                    .isIn(404, 401, 403));
        }
        // a service's actuator is not under /api/<context>/, and dot segments (plain or encoded) are refused here
        var raw = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("/api/indicator/../../actuator/env", "/api/indicator/%2e%2e/%2e%2e/actuator/env",
                "/api/indicator/..%2f..%2factuator/env")) {
            var answer = raw.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                    + path)).timeout(java.time.Duration.ofSeconds(30)).header("X-Kaohe-User", "traversal-user").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
        }
        assertThat(seen).isEmpty();
    }
}
