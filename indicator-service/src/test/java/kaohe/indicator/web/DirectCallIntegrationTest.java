package kaohe.indicator.web;

import kaohe.testengines.EnginesInitializer;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

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
}
