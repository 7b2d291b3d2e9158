package kaohe.indicator.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader is registered with the user id they sign in with, or by name (an import) and linked by the office
 * later; the plan shows which leader has which account.
 */
class LeaderAccountIntegrationTest extends IntegrationTestBase {

    private String plan() {
        String planId = newPlanId();
        assertThat(api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020,
                "title", "计划", "leaders", List.of("段重利"))).status()).isEqualTo(201);
        return "/api/indicator/plans/" + planId;
    }

    @Test
    void aLeaderIsRegisteredWithTheirAccountOrLinkedLater() {
        String plan = plan();
        var registered = api.post(Users.OFFICE, plan + "/leaders",
                Map.of("name", "张新鳌", "userId", "leader-zhang"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(registered.body().get("leaderAccounts"))
                .isEqualTo(json(Map.of("张新鳌", "leader-zhang")));

        var linked = api.put(Users.OFFICE, plan + "/leaders/段重利/account", null, Map.of("userId", "leader-duan"));
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
        JsonNode view = api.get(Users.AUDITOR, plan).body();
        assertThat(view.get("leaders")).isEqualTo(json(List.of("段重利", "张新鳌")));
        assertThat(view.get("leaderAccounts"))
                .isEqualTo(json(Map.of("段重利", "leader-duan", "张新鳌", "leader-zhang")));
        assertThat(api.get(Users.OFFICE, plan + "/history").body().toString()).contains("LeaderAccountLinked");
    }

    @Test
    void aLinkNeedsARegisteredLeaderAFreeAccountAndAPlainUserIdAndIsTheOfficesAlone() {
        String plan = plan();
        api.post(Users.OFFICE, plan + "/leaders", Map.of("name", "张新鳌", "userId", "leader-zhang"));
        long before = eventCount();
        var unknown = api.put(Users.OFFICE, plan + "/leaders/李四/account", null, Map.of("userId", "leader-li"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("leader-not-found");
        var taken = api.put(Users.OFFICE, plan + "/leaders/段重利/account", null, Map.of("userId", "leader-zhang"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("account-already-linked");
        for (String userId : List.of("", "leader zhang", "leader-zhang\n", "x".repeat(129))) {
            assertThat(api.put(Users.OFFICE, plan + "/leaders/段重利/account", null, Map.of("userId", userId))
                    .status()).as(userId).isEqualTo(400);
        }
        assertThat(api.put(Users.OFFICE, plan + "/leaders/段重利/account", null, Map.of()).status()).isEqualTo(400);
        assertThat(api.put(Users.LEADER, plan + "/leaders/段重利/account", null, Map.of("userId", "leader-duan"))
                .status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    private static JsonNode json(Object value) {
        return new ObjectMapper().valueToTree(value);
    }
}
