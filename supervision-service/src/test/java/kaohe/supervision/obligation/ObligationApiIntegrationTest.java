package kaohe.supervision.obligation;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /obligations scoped by role and paged; POST /sweeps for the office; bad parameters refused. */
class ObligationApiIntegrationTest extends ObligationsIntegrationTestBase {

    @Test
    void eachRoleSeesWhatItMay() {
        String planId = plan();
        String path = "/api/supervision/obligations?planId=" + planId;

        assertThat(departments(api.get(OFFICE, path))).containsOnly(XUANJIAO, DUCHA).hasSize(2 * OWED_PER_DEPARTMENT);
        assertThat(departments(api.get(AUDITOR, path))).hasSize(2 * OWED_PER_DEPARTMENT);
        assertThat(departments(api.get(XUANJIAO_LIAISON, path))).containsOnly(XUANJIAO)
                .hasSize(OWED_PER_DEPARTMENT);
        assertThat(departments(api.get(LEADER, path))).as("张新鳌 follows 宣传教育处 only").containsOnly(XUANJIAO)
                .hasSize(OWED_PER_DEPARTMENT);
        assertThat(departments(api.get(OTHER_LEADER, path))).as("段重利 leads nothing of this plan").isEmpty();

        var other = api.get(XUANJIAO_LIAISON, path + "&department=" + DUCHA);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("forbidden");
        assertThat(api.get(ApiClient.DevUser.NOBODY, path).status()).isEqualTo(401);
    }

    @Test
    void anItemSaysWhatIsOwedByWhenAndWhereToDealWithIt() {
        String planId = plan();
        clock.today(LocalDate.of(2020, 9, 3));
        var answer = api.get(XUANJIAO_LIAISON, "/api/supervision/obligations?planId=" + planId + "&state=overdue");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode august = null;
        for (JsonNode item : answer.body()) {
            if (item.path("key").asText().endsWith(":2020-08")) {
                august = item;
            }
        }
        assertThat(august).as(answer.body().toString()).isNotNull();
        assertThat(august.path("kind").asText()).isEqualTo("MONTHLY_CHECK");
        assertThat(august.path("kindLabel").asText()).isEqualTo("月度检查");
        assertThat(august.path("label").asText()).isEqualTo("2020年8月 月度检查");
        assertThat(august.path("dueOn").asText()).isEqualTo("2020-08-31");
        assertThat(august.path("owner").asText()).isEqualTo("LIAISON");
        assertThat(august.path("done").asBoolean()).isFalse();
        assertThat(august.path("daysOverdue").asInt()).isEqualTo(3);
        assertThat(august.path("link").asText()).isEqualTo("/mine/checks");
        // overdue on 9月3日: the liaison designation (7月10日), July's and August's checks
        assertThat(answer.body()).hasSize(3);

        var office = api.get(OFFICE, "/api/supervision/obligations?planId=" + planId + "&department=" + XUANJIAO
                + "&from=2020-08-01&to=2020-08-31");
        assertThat(office.body()).hasSize(1);
        assertThat(office.body().get(0).path("link").asText()).isEqualTo("/ledger");
        assertThat(api.get(OFFICE, "/api/supervision/obligations?planId=" + planId + "&state=done").body())
                .isEmpty();
    }

    @Test
    void pagesAreBoundedAndLinked() {
        String planId = plan();
        String path = "/api/supervision/obligations?planId=" + planId;
        var keys = new ArrayList<String>();
        String next = path + "&limit=5";
        while (next != null) {
            var page = api.get(OFFICE, next);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().size()).isLessThanOrEqualTo(5);
            page.body().forEach(item -> keys.add(item.path("key").asText()));
            String link = page.headers().getFirst("Link");
            next = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
        }
        assertThat(keys).hasSize(2 * OWED_PER_DEPARTMENT).doesNotHaveDuplicates();
        for (String bad : List.of("limit=0", "limit=1001", "limit=many", "offset=-1")) {
            var refused = api.get(OFFICE, path + "&" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("invalid-parameter");
        }
    }

    @Test
    void badParametersAreRefusedByName() {
        for (String bad : List.of("state=late", "from=2020-13-01", "to=yesterday", "from=2020-09-01&to=2020-08-01")) {
            var refused = api.get(OFFICE, "/api/supervision/obligations?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("invalid-parameter");
            assertThat(refused.body().path("errors").path(0).path("field").asText())
                    .isEqualTo(bad.replaceAll(".*?(\\w+)=[^=&]*$", "$1"));
        }
    }

    @Test
    void theOfficeSweepsNowAndASecondSweepRecordsNothingNew() {
        String planId = plan();
        var first = api.post(OFFICE, "/api/supervision/sweeps", Map.of("day", "2020-09-03"));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().path("day").asText()).isEqualTo("2020-09-03");
        assertThat(first.body().path("obligations").asInt()).isPositive();
        assertThat(first.body().path("remindersDue").asInt()).isPositive();
        assertThat(first.body().path("tookMs").isNumber()).isTrue();
        assertThat(outbox.keys(planId)).isNotEmpty();
        var second = api.post(OFFICE, "/api/supervision/sweeps", Map.of("day", "2020-09-03"));
        assertThat(second.body().path("newlyRecorded").asInt()).isZero();

        clock.today(LocalDate.of(2020, 9, 3));
        var today = api.post(OFFICE, "/api/supervision/sweeps", null);
        assertThat(today.status()).isEqualTo(200);
        assertThat(today.body().path("day").asText()).as("the business day").isEqualTo("2020-09-03");

        assertThat(api.post(XUANJIAO_LIAISON, "/api/supervision/sweeps", Map.of()).status()).isEqualTo(403);
        assertThat(api.post(AUDITOR, "/api/supervision/sweeps", Map.of()).status()).isEqualTo(403);
        var malformed = api.post(OFFICE, "/api/supervision/sweeps", Map.of("day", "someday"));
        assertThat(malformed.status()).isEqualTo(400);
    }

    private static List<String> departments(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        var departments = new ArrayList<String>();
        answer.body().forEach(item -> departments.add(item.path("department").asText()));
        return departments;
    }
}
