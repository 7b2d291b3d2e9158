package kaohe.testengines;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service must do from its first day, on the real engines: start, be healthy, own its database
 * (Axon's tables made by migrations), expose its metrics and OpenAPI document, refuse its API to anyone
 * unauthenticated, declare the role rule of every API endpoint, and bound the page of every list. A service's test only extends this; its database is the one named by its context.
 */
public abstract class ServiceBaselineChecks extends ServiceTest {

    @Value("${kaohe.context}")
    private String context;

    @Autowired
    private ApplicationContext spring;

    @Test
    void isHealthyWithItsDatabaseUp() {
        var health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).contains("\"status\":\"UP\"", "\"db\"");
    }

    @Test
    void ownsItsEventStoreThroughMigrations() {
        assertThat(jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class))
                .contains("domain_event_entry", "snapshot_event_entry", "token_entry", "idempotency_record",
                        "processed_event", "flyway_schema_history");
        assertThat(jdbc.queryForObject("""
                SELECT data_type FROM information_schema.columns
                 WHERE table_name = 'domain_event_entry' AND column_name = 'payload'""", String.class))
                .isEqualTo("bytea");
    }

    @Test
    void exposesMetricsAndItsOpenApiDocument() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody()).contains("jvm_memory_used_bytes");
        var docs = http.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody()).contains("\"openapi\"");
    }

    @Test
    void refusesItsApiWithoutAnActor() {
        var answer = http.getForEntity("/api/" + context + "/anything", String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody()).contains("\"code\":\"unauthenticated\"", "未认证");
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().value()).isIn(401, 403, 404);
    }

    @Test
    void declaresARoleRuleOnEveryApiEndpoint() {
        ApiAuthorizationGuard.assertEveryApiEndpointDeclaresItsRule(spring);
    }

    @Test
    void boundsThePageOfEveryList() {
        ListPageGuard.assertEveryListRefusesAPageOutOfBounds(spring, http);
    }
}
