package kaohe.supervision.chase.web;

import kaohe.supervision.FixedDirectory;
import kaohe.supervision.PlanScopedTestBase;
import kaohe.supervision.SupervisionUsers;
import kaohe.testengines.ApiClient;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens 督办单 over HTTP the way the office does. */
abstract class ChaseIntegrationTestBase extends PlanScopedTestBase {

    protected static final String CHASES = "/api/supervision/chases";

    /** The body of a chase to the lead department about its July check, to be answered by 20 August. */
    protected static Map<String, Object> chaseBody(String planId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("planId", planId);
        body.put("department", FixedDirectory.LEAD);
        body.put("subject", Map.of("kind", "MONTHLY_CHECK", "id", "check-2020-07", "label", "7月月度检查"));
        body.put("title", "7月月度检查逾期未报");
        body.put("message", "请于8月20日前报送7月月度检查及佐证材料。");
        body.put("replyBy", "2020-08-20");
        return body;
    }

    protected ApiClient.Answer openChase(String planId) {
        var opened = api.post(SupervisionUsers.OFFICE, CHASES, chaseBody(planId));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened;
    }

    protected static String path(ApiClient.Answer chase, String action) {
        return CHASES + "/" + chase.body().get("chaseId").asText() + (action.isEmpty() ? "" : "/" + action);
    }
}
