package kaohe.indicator.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Departments name their liaison by the plan's due date (7 月 10 日); late and missing ones show as such. */
class LiaisonRegisterIntegrationTest extends IntegrationTestBase {

    @Test
    void theRegisterShowsOnTimeLateAndOverdueDepartments() {
        String planId = newPlanId();
        assertThat(api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020,
                "title", "2020年度目标责任考核", "issuedOn", "2020-07-07", "liaisonDueOn", "2020-07-10",
                "departments", List.of("办公室", "督查处", "政策法规处"))).status()).isEqualTo(201);
        String base = "/api/indicator/plans/" + planId + "/liaisons/";

        assertThat(api.put(Users.OFFICE, base + "办公室", null,
                Map.of("liaisonName", "李华", "phone", "029-8888", "designatedOn", "2020-07-09")).status()).isEqualTo(200);
        var register = api.put(Users.OFFICE, base + "督查处", null,
                Map.of("liaisonName", "王敏", "designatedOn", "2020-07-14"));
        assertThat(register.status()).isEqualTo(200);

        JsonNode entries = api.get(Users.AUDITOR, "/api/indicator/plans/" + planId + "/liaisons").body();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).get("status").asText()).isEqualTo("DESIGNATED");
        assertThat(entries.get(1).get("status").asText()).isEqualTo("LATE");
        assertThat(entries.get(1).get("daysLate").asInt()).isEqualTo(4);
        assertThat(entries.get(2).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(entries.get(2).has("liaisonName")).isFalse();
    }

    @Test
    void aLiaisonForAnUnknownDepartmentOrInTheFutureIsRefused() {
        String planId = newPlanId();
        api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020, "title", "计划",
                "departments", List.of("办公室")));
        long before = eventCount();
        var unknown = api.put(Users.OFFICE, "/api/indicator/plans/" + planId + "/liaisons/不存在处", null,
                Map.of("liaisonName", "王敏"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("unknown-department");
        var future = api.put(Users.OFFICE, "/api/indicator/plans/" + planId + "/liaisons/办公室", null,
                Map.of("liaisonName", "王敏", "designatedOn", "2999-01-01"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
    }
}
