package kaohe.gateway;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with tokens required and development headers off, over real HTTP, in front of a stand-in indicator
 * service: every forged or stale token is refused here with 401 and never forwarded; a valid one travels on with
 * its {@code Authorization} header and without whatever identity headers the client added.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayTokenTest {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final List<String> forwarded = new CopyOnWriteArrayList<>();
    private static final HttpServer indicator = start();

    private static final int UNAUTHENTICATED_BURST = 30;

    @Autowired
    private WebTestClient client;

    @LocalServerPort
    private int port;

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var request = exchange.getRequestHeaders();
                forwarded.add("authorization=" + request.getFirst("Authorization")
                        + " user=" + request.getFirst("X-Kaohe-User") + " roles=" + request.getFirst("X-Kaohe-Roles"));
                byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
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
    static void tokensRequired(DynamicPropertyRegistry registry) {
        registry.add("kaohe.dev-headers", () -> "false");
        registry.add("kaohe.gateway.rate-limit.per-second", () -> "0.2");
        registry.add("kaohe.gateway.rate-limit.burst", () -> "5");
        registry.add("kaohe.gateway.rate-limit.unauthenticated-per-second", () -> "0.1");
        registry.add("kaohe.gateway.rate-limit.unauthenticated-burst", () -> Integer.toString(UNAUTHENTICATED_BURST));
        registry.add("kaohe.security.jwt.issuer-uri", ISSUER::issuer);
        for (String context : List.of("indicator", "ledger", "evidence", "scoring", "identity", "supervision")) {
            registry.add("kaohe.gateway.services." + context, () -> "http://127.0.0.1:" + indicator.getAddress().getPort());
        }
    }

    @AfterAll
    static void stop() {
        indicator.stop(0);
    }

    @BeforeEach
    void clear() {
        forwarded.clear();
    }

    private static JWTClaimsSet.Builder office() {
        return ISSUER.claims("office-admin", "办公室管理员", "办公室", "OFFICE");
    }

    private void assertRefused(String token) {
        client.get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
        assertThat(forwarded).isEmpty();
    }

    @Test
    void noToken() {
        client.get().uri("/api/indicator/plans").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated").jsonPath("$.title").isEqualTo("未认证");
        assertThat(forwarded).isEmpty();
    }

    @Test
    void devHeadersAloneAreNoIdentity() {
        client.get().uri("/api/indicator/plans").header("X-Kaohe-User", "office-admin")
                .header("X-Kaohe-Roles", "OFFICE").exchange()
                .expectStatus().isUnauthorized();
        assertThat(forwarded).isEmpty();
    }

    @Test
    void expiredToken() {
        Instant now = Instant.now();
        assertRefused(ISSUER.sign(office().issueTime(Date.from(now.minusSeconds(1800)))
                .notBeforeTime(Date.from(now.minusSeconds(1800))).expirationTime(Date.from(now.minusSeconds(60)))));
    }

    @Test
    void notYetValidToken() {
        assertRefused(ISSUER.sign(office().notBeforeTime(Date.from(Instant.now().plusSeconds(120)))));
    }

    @Test
    void wrongIssuer() {
        assertRefused(ISSUER.sign(office().issuer("http://127.0.0.1:1/evil")));
    }

    @Test
    void wrongAudience() {
        assertRefused(ISSUER.sign(office().audience(List.of("another-system"))));
    }

    @Test
    void algNone() {
        assertRefused(ISSUER.unsigned(office()));
    }

    @Test
    void rs256ToHs256Confusion() {
        assertRefused(ISSUER.hmacWithPublicKey(office()));
    }

    @Test
    void tamperedSignature() {
        assertRefused(TestIssuer.withTamperedSignature(ISSUER.sign(office())));
    }

    @Test
    void tokenSignedByAnotherKey() {
        assertRefused(ISSUER.signWithAnotherKey(office()));
    }

    @Test
    void validTokenIsForwardedWithoutTheClientsIdentityHeaders() {
        String token = ISSUER.token("liaison-duchachu", "王敏", "督查处", "LIAISON");
        client.get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(token))
                .header("X-Kaohe-User", "office-admin").header("x-kaohe-roles", "OFFICE")
                .exchange()
                .expectStatus().isOk();
        assertThat(forwarded).containsExactly("authorization=Bearer " + token + " user=null roles=null");
    }

    @Test
    void healthAndApiDocsNeedNoToken() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs/indicator").exchange().expectStatus().isOk();
    }

    @Test
    void aPreflightIsJudgedByTheCorsPolicyNotByAuthentication() {
        client.options().uri("/api/indicator/plans")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden();
        assertThat(forwarded).isEmpty();
    }

    @Test
    void theRateLimitCountsPerTokenSubjectNotPerClaimedHeader() {
        String token = ISSUER.token("rate-limited-user", "限流用户", null, "AUDITOR");
        for (int i = 0; i < 5; i++) {
            client.get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(token))
                    .header("X-Kaohe-User", "someone-else-" + i).exchange()
                    .expectStatus().isOk();
        }
        client.get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(429);
        String another = ISSUER.token("another-user", "另一用户", null, "AUDITOR");
        client.get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(another)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aFloodOfBadTokensFromOneAddressIsRefusedBeforeAnyTokenIsCheckedAndOthersGoOn() {
        WebTestClient flooder = from("127.0.0.2");
        String forged = TestIssuer.withTamperedSignature(ISSUER.sign(office()));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < UNAUTHENTICATED_BURST + 10; i++) {
            statuses.add(flooder.get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(forged))
                    .exchange().returnResult(Void.class).getStatus().value());
        }
        assertThat(statuses.subList(0, UNAUTHENTICATED_BURST)).containsOnly(401);
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo(429);

        String valid = ISSUER.token("flooding-user", "刷接口", null, "AUDITOR");
        flooder.get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(valid)).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.code").isEqualTo("rate-limited");
        assertThat(forwarded).as("refused before the valid token was even read").isEmpty();

        String colleague = ISSUER.token("another-address-user", "别处用户", null, "AUDITOR");
        from("127.0.0.3").get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(colleague))
                .exchange().expectStatus().isOk();
        from("127.0.0.3").get().uri("/api/indicator/plans").headers(headers -> headers.setBearerAuth(forged))
                .exchange().expectStatus().isUnauthorized();
    }

    /** A client whose connections come from {@code address} (any of 127.0.0.0/8 reaches the loopback server). */
    private WebTestClient from(String address) {
        var http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http)).baseUrl("http://127.0.0.1:" + port)
                .build();
    }
}
