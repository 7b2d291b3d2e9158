package kaohe.gateway.webapp;

import com.sun.net.httpserver.HttpServer;
import kaohe.gateway.StubHealth;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser app served by the gateway over real HTTP (test files in {@code static/}), tokens required, in front
 * of a stand-in indicator service: the page for the app's routes, 404s for what is missing, the caching and
 * security headers on pages only, gzip on files and on the proxied API alike, {@code /config.json}, and Swagger UI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebAppTest {

    private static final TestIssuer ISSUER = TestIssuer.get();
    private static final String BIG_JSON = "{\"indicators\":[" + "{\"name\":\"营商环境优化\",\"target\":95.5},".repeat(60)
            + "{}]}";
    private static final List<String> forwarded = new CopyOnWriteArrayList<>();
    private static final HttpServer indicator = start();

    /**
     * HTTP/1.1 and a deadline: the default client first offers an h2c upgrade, and once in a CI run a request then
     * waited forever for an answer the gateway had given — a hang instead of a failure.
     */
    private static final java.time.Duration ANSWER_WITHIN = java.time.Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(java.time.Duration.ofSeconds(10)).build();

    @LocalServerPort
    private int port;

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                forwarded.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " authorization="
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = switch (exchange.getRequestURI().getPath()) {
                    case "/api/indicator/big" -> BIG_JSON.getBytes(StandardCharsets.UTF_8);
                    case "/api/indicator/gzipped" -> gzip(BIG_JSON.getBytes(StandardCharsets.UTF_8));
                    default -> "{\"from\":\"indicator\"}".getBytes(StandardCharsets.UTF_8);
                };
                if (exchange.getRequestURI().getPath().equals("/api/indicator/gzipped")) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            // the gateway's health checks (every second, to each of the four services it points here) are not
            // requests anyone routed: a test that met one recorded it as forwarded
            StubHealth.reportsUp(server);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void configure(DynamicPropertyRegistry registry) {
        registry.add("kaohe.dev-headers", () -> "false");
        registry.add("kaohe.security.jwt.issuer-uri", ISSUER::issuer);
        registry.add("kaohe.business-date", () -> "2020-10-15");
        registry.add("kaohe.web.client-id", () -> "kaohe-web-test");
        for (String context : List.of("indicator", "ledger", "evidence", "scoring")) {
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

    /** What only the app's index.html says (a 404 for a browser is an HTML error page, but not this one). */
    private static final String PAGE_TITLE = "考核 · test page";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aReloadOfAnAppRouteGetsIndexHtmlUncachedWithTheSecurityHeaders() {
        for (String path : List.of("/indicators/abc", "/ledgers/2020/03?tab=checks", "/", "/index.html")) {
            var answer = get(path, "Accept", BROWSER);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(text(answer)).as(path).isEqualTo(file("static/index.html"));
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertPageSecurityHeaders(answer);
        }
    }

    @Test
    void aRequestThatDoesNotAskForHtmlGetsNoPageForAMissingPath() {
        assertThat(get("/indicators/abc", "Accept", "application/json").statusCode()).isEqualTo(404);
        assertThat(get("/indicators/abc", "Accept", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("/favicon.ico", "Accept", "image/avif,image/webp,*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyReadsGetThePage() throws Exception {
        var post = http.send(HttpRequest.newBuilder(uri("/indicators/abc")).timeout(ANSWER_WITHIN).header("Accept", BROWSER)
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(404, 405);
        assertThat(post.body()).doesNotContain(PAGE_TITLE);
    }

    @Test
    void theGatewaysOwnPathsNeverAnswerWithThePage() {
        String token = ISSUER.token("office-admin", "办公室管理员", "办公室", "OFFICE");
        var unknown = get("/api/nonexistent", "Accept", BROWSER, "Authorization", "Bearer " + token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(text(unknown)).doesNotContain(PAGE_TITLE);
        var routed = get("/api/indicator/plans", "Accept", BROWSER, "Authorization", "Bearer " + token);
        assertThat(text(routed)).isEqualTo("{\"from\":\"indicator\"}");
        assertThat(routed.headers().firstValue("Content-Security-Policy")).as("the API passes through").isEmpty();
        assertThat(routed.headers().firstValue("X-Frame-Options")).isEmpty();
        var unauthenticated = get("/api/indicator/plans", "Accept", BROWSER);
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(text(unauthenticated)).contains("\"code\":\"unauthenticated\"");
        for (String path : List.of("/v3/unknown", "/actuator/unknown", "/webjars/unknown.js", "/swagger-ui/unknown")) {
            var answer = get(path, "Accept", BROWSER);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(text(answer)).as(path).doesNotContain(PAGE_TITLE);
        }
    }

    @Test
    void aMissingAssetIsNotFoundNeverThePage() {
        for (String accept : List.of(BROWSER, "*/*")) {
            var answer = get("/assets/missing.js", "Accept", accept);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(text(answer)).doesNotContain(PAGE_TITLE);
        }
    }

    @Test
    void nothingOutsideStaticIsServed() {
        for (String path : List.of("/application.yml", "/../application.yml", "/%2e%2e/application.yml",
                "/assets/..%2f..%2fapplication.yml", "/assets/%2e%2e/%2e%2e/application.yml",
                "/kaohe/gateway/GatewayApplication.class")) {
            var answer = get(path, "Accept", "*/*");
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(text(answer)).as(path).doesNotContain("spring:");
        }
    }

    @Test
    void hashedAssetsAreCachedForAYearWithTheSecurityHeaders() {
        var answer = get("/assets/index-AbC123xy.js", "Accept", "*/*");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(text(answer)).isEqualTo(file("static/assets/index-AbC123xy.js"));
        assertPageSecurityHeaders(answer);

        var unhashed = get("/favicon.svg", "Accept", "image/*");
        assertThat(unhashed.statusCode()).isEqualTo(200);
        assertThat(unhashed.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(unhashed.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void headOfAPageHasItsHeadersAndNoBody() throws Exception {
        var head = http.send(HttpRequest.newBuilder(uri("/indicators/abc")).timeout(ANSWER_WITHIN).header("Accept", BROWSER)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(head.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void filesAreGzippedForClientsThatAcceptIt() throws Exception {
        var zipped = get("/assets/index-AbC123xy.js", "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(file("static/assets/index-AbC123xy.js").length());
        assertThat(gunzip(zipped.body())).isEqualTo(file("static/assets/index-AbC123xy.js"));
        assertThat(zipped.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");

        var plain = get("/assets/index-AbC123xy.js");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(text(plain)).isEqualTo(file("static/assets/index-AbC123xy.js"));
    }

    @Test
    void theProxiedApiIsGzippedOnceAndStillReadsTheSame() throws Exception {
        String bearer = "Bearer " + ISSUER.token("office-admin", "办公室管理员", "办公室", "OFFICE");
        var big = get("/api/indicator/big", "Accept-Encoding", "gzip", "Authorization", bearer);
        assertThat(big.statusCode()).isEqualTo(200);
        assertThat(big.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(big.body())).isEqualTo(BIG_JSON);

        // a service that compressed its answer itself: passed on as it is, not compressed twice
        var gzipped = get("/api/indicator/gzipped", "Accept-Encoding", "gzip", "Authorization", bearer);
        assertThat(gzipped.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(BIG_JSON);

        var small = get("/api/indicator/small", "Accept-Encoding", "gzip", "Authorization", bearer);
        assertThat(small.headers().firstValue("Content-Encoding")).as("under 1 KB").isEmpty();
        assertThat(text(small)).isEqualTo("{\"from\":\"indicator\"}");

        var plain = get("/api/indicator/big", "Authorization", bearer);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(text(plain)).isEqualTo(BIG_JSON);
    }

    @Test
    void configJsonTellsTheAppHowToSignInWithoutATokenAndIsNeverStored() {
        var answer = get("/config.json", "Accept-Encoding", "identity");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(text(answer)).isEqualTo("{\"issuer\":\"" + ISSUER.issuer() + "\",\"clientId\":\"kaohe-web-test\","
                + "\"scope\":\"openid profile\",\"businessDate\":\"2020-10-15\",\"apiBase\":\"/api\"}");
    }

    @Test
    void swaggerUiIsServedOutsideThePagesPolicyAndKeepsTheToken() {
        var ui = get("/swagger-ui/index.html", "Accept", BROWSER);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(text(ui)).contains("swagger-ui-bundle.js");
        assertThat(ui.headers().firstValue("Content-Security-Policy")).isEmpty();
        var config = get("/v3/gateway-api-docs/swagger-config");
        assertThat(text(config)).contains("\"persistAuthorization\":true");
    }

    @Test
    void theGatewaysDocumentTakesTheBearerTokenOnEveryOperation() {
        String document = text(get("/v3/gateway-api-docs"));
        assertThat(document).contains("\"securitySchemes\":{\"bearerAuth\":{\"type\":\"http\",\"scheme\":\"bearer\","
                + "\"bearerFormat\":\"JWT\"}}").contains("\"security\":[{\"bearerAuth\":[]}]");
    }

    @Test
    void tryItOutFromSwaggerUiWithTheTokenReachesTheService() throws Exception {
        // what Swagger UI sends from this origin after "Authorize": a same-origin POST (Origin set) with the token
        String token = ISSUER.token("office-admin", "办公室管理员", "办公室", "OFFICE");
        var answer = http.send(HttpRequest.newBuilder(uri("/api/indicator/plans")).timeout(ANSWER_WITHIN)
                .header("Origin", "http://127.0.0.1:" + port)
                .header("Referer", "http://127.0.0.1:" + port + "/swagger-ui/index.html")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(forwarded).containsExactly("POST /api/indicator/plans authorization=Bearer " + token);
    }

    private void assertPageSecurityHeaders(HttpResponse<byte[]> answer) {
        String issuer = ISSUER.issuer();
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; "
                + "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self' " + issuer + "; frame-src 'self' " + issuer + "; "
                + "frame-ancestors 'self'; base-uri 'self'; form-action 'self' " + issuer + "; object-src 'none'");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(ANSWER_WITHIN).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static String file(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String gunzip(byte[] zipped) throws IOException {
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(zipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(byte[] plain) {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
