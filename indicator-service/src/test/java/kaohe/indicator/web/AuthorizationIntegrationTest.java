package kaohe.indicator.web;

import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the office writes indicators and plans; everyone authenticated reads; nobody unauthenticated does anything. */
class AuthorizationIntegrationTest extends IntegrationTestBase {

    @Test
    void withoutAnActorEverythingUnderApiIsRefused() {
        var answer = api.get(Users.NOBODY, "/api/indicator/plans");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("unauthenticated");
        var headers = new HttpHeaders();
        headers.set("X-Kaohe-User", "someone");
        headers.set("X-Kaohe-Roles", "SUPERUSER");
        assertThat(api.call(HttpMethod.GET, "/api/indicator/plans", headers, null).status()).isEqualTo(401);
    }

    @Test
    void healthAndMetricsAreOpenAndNothingElseOutsideTheApi() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
        var metrics = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getBody()).contains("kaohe_commands_handled_total", "kaohe_events_appended_total");
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody()).contains("/api/indicator/indicators");
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().value()).isIn(401, 403, 404);
    }

    @Test
    void liaisonsLeadersAndAuditorsReadButDoNotWrite() {
        String planId = importSeed();
        long before = eventCount();
        var indicators = api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body();
        String path = "/api/indicator/indicators/" + indicators.get(0).get("indicatorId").asText();
        for (ApiClient.DevUser reader : List.of(Users.LIAISON, Users.LEADER, Users.AUDITOR)) {
            assertThat(api.get(reader, path).status()).isEqualTo(200);
            assertThat(api.get(reader, path + "/history").status()).isEqualTo(200);
            assertThat(api.get(reader, "/api/indicator/plans/" + planId + "/liaisons").status()).isEqualTo(200);

            var text = api.put(reader, path + "/text", "\"0\"", Map.of("text", "改", "reason", "越权"));
            assertThat(text.status()).isEqualTo(403);
            assertThat(text.code()).isEqualTo("forbidden");
            assertThat(api.post(reader, "/api/indicator/plans", Map.of("year", 2021, "title", "越权")).status())
                    .isEqualTo(403);
            assertThat(api.upload(reader, "/api/indicator/imports?commit=true", seed(), "分解表.txt").status()).isEqualTo(403);
            assertThat(api.put(reader, "/api/indicator/plans/" + planId + "/liaisons/督查处", null,
                    Map.of("liaisonName", "王敏")).status()).isEqualTo(403);
        }
        assertThat(eventCount()).isEqualTo(before);
    }
}
