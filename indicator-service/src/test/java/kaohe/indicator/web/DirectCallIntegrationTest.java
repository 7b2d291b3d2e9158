package kaohe.indicator.web;

import kaohe.testengines.EnginesInitializer;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as {@code ./kaohe run} starts it — development headers left at their default, off — called straight
 * on its own port, past the gateway: the headers that name a user are nobody, only a valid token is someone.
 * (Its own Spring context: every other test here switches the headers on.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EnginesInitializer.class)
class DirectCallIntegrationTest {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private JdbcTemplate jdbc;

    @LocalServerPort
    private int port;

    private static HttpHeaders claimingToBeTheOffice() {
        var headers = new HttpHeaders();
        headers.set("X-Kaohe-User", "office-admin");
        headers.set("X-Kaohe-Roles", "OFFICE");
        headers.set("X-Kaohe-Department", URLEncoder.encode("办公室", StandardCharsets.UTF_8));
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void headersClaimingAUserAreRefusedOnTheServicesOwnPort() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        var read = http.exchange("/api/indicator/plans", HttpMethod.GET, new HttpEntity<>(claimingToBeTheOffice()),
                String.class);
        assertThat(read.getStatusCode().value()).isEqualTo(401);
        assertThat(read.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
        var write = http.exchange("/api/indicator/plans", HttpMethod.POST, new HttpEntity<>(
                "{\"planId\":\"plan-direct\",\"year\":2021,\"title\":\"绕过网关\"}", claimingToBeTheOffice()),
                String.class);
        assertThat(write.getStatusCode().value()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void aValidTokenIsServedOnTheServicesOwnPort() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestIssuer.get().token("auditor", "审计员", null, "AUDITOR"));
        var read = http.exchange("/api/indicator/plans", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
    }

    /**
     * The strict firewall judges a header's characters when it is read (the platform's cheaper test of them): a
     * C1 control character (byte 0x85, read as U+0085) in the token is refused with 400 before anyone is
     * authenticated, where the token alone, malformed, would have been a 401.
     */
    @Test
    void aControlCharacterInAHeaderIsRefusedBeforeAuthentication() throws IOException {
        String token = TestIssuer.get().token("auditor", "审计员", null, "AUDITOR");
        assertThat(rawStatus("Bearer " + token + "\u0085")).startsWith("HTTP/1.1 400");
        assertThat(rawStatus("Bearer " + token + "!")).startsWith("HTTP/1.1 401");
        assertThat(rawStatus("Bearer " + token)).startsWith("HTTP/1.1 200");
    }

    private String rawStatus(String authorization) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/indicator/plans HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + authorization + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] head = socket.getInputStream().readNBytes(12);
            return new String(head, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * A JSON answer that fits the response buffer goes out whole, with its length (the converters' flush no
     * longer commits it as chunked); one larger than the buffer, the API document here, passes through intact.
     */
    @Test
    void aSmallAnswerCarriesItsLengthAndALargeOneIsStillSentWhole() throws Exception {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestIssuer.get().token("auditor", "审计员", null, "AUDITOR"));
        var small = http.exchange("/api/indicator/plans", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(small.getStatusCode().value()).isEqualTo(200);
        assertThat(small.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING)).isNull();
        assertThat(small.getHeaders().getContentLength())
                .isEqualTo(small.getBody().getBytes(StandardCharsets.UTF_8).length);

        var large = http.getForEntity("/v3/api-docs", String.class);
        assertThat(large.getStatusCode().value()).isEqualTo(200);
        assertThat(large.getBody().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8 * 1024);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(large.getBody()).get("paths")
                .has("/api/indicator/plans")).isTrue();
    }
}
