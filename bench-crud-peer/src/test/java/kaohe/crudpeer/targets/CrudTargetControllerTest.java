package kaohe.crudpeer.targets;

import kaohe.testengines.TestEngines;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.math.BigDecimal;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The peer's one write on real PostgreSQL, with tokens from the test issuer checked as the services check them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = CrudTargetControllerTest.OwnDatabase.class)
class CrudTargetControllerTest {

    private static final String OFFICE = TestIssuer.get().token("office-admin", "办公室管理员", "办公室", "OFFICE");

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void oneRowAtVersionThree() {
        jdbc.update("DELETE FROM crud_target");
        jdbc.update("INSERT INTO crud_target (id, value, unit, version) VALUES ('t1', 1, '次', 3)");
    }

    @Test
    void theCurrentVersionUpdatesTheRowAndAnswersTheNextAsETag() {
        var answer = put(OFFICE, "\"3\"", "{\"value\": 7.5, \"reason\": \"年中调整\"}");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"4\"");
        assertThat(answer.getBody()).contains("\"version\":4");
        var row = jdbc.queryForMap(
                "SELECT value, unit, reason, updated_by, version FROM crud_target WHERE id = 't1'");
        assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("7.5");
        assertThat(row).containsEntry("unit", "次").containsEntry("reason", "年中调整")
                .containsEntry("updated_by", "office-admin").containsEntry("version", 4L);
    }

    @Test
    void aStaleVersionIsRefusedWith412AndChangesNothing() {
        var answer = put(OFFICE, "\"2\"", "{\"value\": 7, \"reason\": \"年中调整\"}");
        assertThat(answer.getStatusCode().value()).isEqualTo(412);
        assertThat(answer.getBody()).contains("urn:kaohe:problem:stale-version");
        assertUnchanged();
    }

    @Test
    void noVersionIsRefusedWith428() {
        var answer = put(OFFICE, null, "{\"value\": 7, \"reason\": \"年中调整\"}");
        assertThat(answer.getStatusCode().value()).isEqualTo(428);
        assertUnchanged();
    }

    @Test
    void noTokenIs401AndATamperedOneToo() {
        assertThat(put(null, "\"3\"", "{\"value\": 7, \"reason\": \"r\"}").getStatusCode().value()).isEqualTo(401);
        var tampered = put(TestIssuer.withTamperedSignature(OFFICE), "\"3\"", "{\"value\": 7, \"reason\": \"r\"}");
        assertThat(tampered.getStatusCode().value()).isEqualTo(401);
        assertThat(tampered.getBody()).contains("urn:kaohe:problem:unauthenticated");
        assertUnchanged();
    }

    @Test
    void aCallerWithoutTheOfficeRoleIs403() {
        String liaison = TestIssuer.get().token("liaison-1", "联络员", "财务处", "LIAISON");
        var answer = put(liaison, "\"3\"", "{\"value\": 7, \"reason\": \"r\"}");
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains("urn:kaohe:problem:forbidden");
        assertUnchanged();
    }

    @Test
    void malformedOrInvalidBodiesAre400() {
        var malformed = put(OFFICE, "\"3\"", "{\"value\": 7, \"reason\": ");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody()).contains("urn:kaohe:problem:malformed-json");
        var invalid = put(OFFICE, "\"3\"", "{\"value\": -1, \"reason\": \" \"}");
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getBody()).contains("urn:kaohe:problem:invalid-request", "\"value\"", "\"reason\"");
        var unknownField = put(OFFICE, "\"3\"", "{\"value\": 7, \"reason\": \"r\", \"version\": 9}");
        assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void anUnknownRowIs404() {
        var answer = http.exchange("/api/crudpeer/targets/nope", HttpMethod.PUT,
                request(OFFICE, "\"3\"", "{\"value\": 7, \"reason\": \"r\"}"), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<String> put(String token, String ifMatch, String body) {
        return http.exchange("/api/crudpeer/targets/t1", HttpMethod.PUT, request(token, ifMatch, body), String.class);
    }

    private static HttpEntity<String> request(String token, String ifMatch, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return new HttpEntity<>(body, headers);
    }

    private void assertUnchanged() {
        assertThat(jdbc.queryForObject("SELECT version FROM crud_target WHERE id = 't1'", Long.class)).isEqualTo(3L);
    }

    /** The peer's own database on the test engines' PostgreSQL, created here as the bench creates it. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var engines = TestEngines.get();
            try (var admin = DriverManager.getConnection(engines.jdbcUrl("postgres"), engines.postgresUser(),
                    engines.postgresPassword())) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS crud_peer WITH (FORCE)");
                admin.createStatement().execute("CREATE DATABASE crud_peer");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("crud-peer-test", Map.of(
                    "spring.datasource.url", engines.jdbcUrl("crud_peer"),
                    "spring.datasource.username", engines.postgresUser(),
                    "spring.datasource.password", engines.postgresPassword(),
                    "kaohe.security.jwt.issuer-uri", TestIssuer.get().issuer())));
        }
    }
}
