package kaohe.evidence.web;

import kaohe.testengines.ApiClient.DevUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader reads the evidence attached to the tasks of the indicators they answer for and to the quarterly reports
 * of the departments those indicators name — known by the account the plan links to them — and nothing else.
 */
class LeaderEvidenceIntegrationTest extends EvidenceIntegrationTestBase {

    private static final DevUser ZHANG = EvidenceUsers.ZHANG;
    private static final DevUser LIU = new DevUser("leader-liu", "刘永", null, "LEADER");

    private String zhangsIndicator;
    private String photo;
    private String path;

    @BeforeEach
    void zhengwusPhotoAndTwoLeaders() {
        zhangsIndicator = catalog.indicator(planId, List.of("张新鳌"), List.of("政务服务管理处"), List.of("督查处"));
        catalog.indicator(planId, List.of("刘永"), List.of("审批制度改革处"), List.of());
        catalog.leaderAccount(planId, "张新鳌", ZHANG.id());
        catalog.leaderAccount(planId, "刘永", LIU.id());
        photo = upload(EvidenceUsers.ZHENGWU, "验收.jpg", Files.jpeg(60, 64, 48)).body().get("evidenceId").asText();
        path = "/api/evidence/" + photo;
    }

    private List<String> reads() {
        return List.of(path, path + "/content", path + "/thumbnail", path + "/download");
    }

    private void link(String targetType, String targetId) {
        var linked = api.post(EvidenceUsers.ZHENGWU, path + "/links",
                Map.of("targetType", targetType, "targetId", targetId, "period", "2020-Q3"));
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
    }

    @Test
    void unlinkedEvidenceIsRefusedToTheLeader_evenOfTheirIndicatorsDepartment() {
        for (String read : reads()) {
            var answer = api.get(ZHANG, read);
            assertThat(answer.status()).as(read).isEqualTo(403);
            assertThat(answer.code()).as(read).isEqualTo("not-your-indicator");
            assertThat(answer.body().path("detail").asText()).contains("分管");
        }
        var list = api.get(ZHANG, "/api/evidence?planId=" + planId + "&department=政务服务管理处");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).isEmpty();
    }

    @Test
    void evidenceOfATaskUnderTheirIndicatorIsReadByTheLeader_everyReadOnce() {
        link("TASK", catalog.task(planId, zhangsIndicator, "政务服务管理处"));
        for (String read : reads()) {
            assertThat(status(ZHANG, read)).as(read).isEqualTo(200);
        }
        assertThat(api.get(ZHANG, path).body().get("originalName").asText()).isEqualTo("验收.jpg");
        var list = api.get(ZHANG, "/api/evidence?planId=" + planId + "&department=政务服务管理处");
        assertThat(list.body()).hasSize(1);
        assertThat(list.body().get(0).get("evidenceId").asText()).isEqualTo(photo);
    }

    @Test
    void evidenceOfAReportOfADepartmentTheirIndicatorNamesIsReadByTheLeader() {
        link("REPORT", catalog.report(planId, "政务服务管理处"));
        for (String read : reads()) {
            assertThat(status(ZHANG, read)).as(read).isEqualTo(200);
        }
    }

    @Test
    void theLeaderOfAnotherIndicatorIsRefused_taskReportAndList() {
        link("TASK", catalog.task(planId, zhangsIndicator, "政务服务管理处"));
        link("REPORT", catalog.report(planId, "政务服务管理处"));
        for (String read : reads()) {
            var answer = api.get(LIU, read);
            assertThat(answer.status()).as(read).isEqualTo(403);
            assertThat(answer.code()).as(read).isEqualTo("not-your-indicator");
        }
        var list = api.get(LIU, "/api/evidence?planId=" + planId + "&department=政务服务管理处");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.code()).isEqualTo("not-your-indicator");
    }

    /** A leader whose indicator names the department in another plan does not follow it in this one. */
    @Test
    void anIndicatorOfAnotherPlanNamingTheDepartmentOpensNothingInThisOne() {
        link("REPORT", catalog.report(planId, "政务服务管理处"));
        String otherPlan = planId + "-next";
        catalog.plan(otherPlan);
        catalog.indicator(otherPlan, List.of("刘永"), List.of("政务服务管理处"), List.of());
        catalog.leaderAccount(otherPlan, "刘永", LIU.id());
        assertThat(api.get(LIU, path).code()).isEqualTo("not-your-indicator");
        assertThat(api.get(LIU, "/api/evidence?planId=" + planId + "&department=政务服务管理处").code())
                .isEqualTo("not-your-indicator");
        assertThat(status(ZHANG, path)).isEqualTo(200);
    }

    /** A task of another indicator of the same department does not open its evidence to this leader. */
    @Test
    void aTaskOfAnotherIndicatorOfTheSameDepartmentDoesNotOpenTheEvidence() {
        String othersIndicator = catalog.indicator(planId, List.of("刘永"), List.of("政务服务管理处"), List.of());
        link("TASK", catalog.task(planId, othersIndicator, "政务服务管理处"));
        assertThat(api.get(ZHANG, path).code()).isEqualTo("not-your-indicator");
        assertThat(status(LIU, path)).isEqualTo(200);
    }

    /** The link is to the account, through the plan; a leader reassigned away loses the reach with the indicator. */
    @Test
    void reachFollowsTheIndicatorsLeaders_notTheNameOnTheToken() {
        link("TASK", catalog.task(planId, zhangsIndicator, "政务服务管理处"));
        var impostor = new DevUser("someone-else", "张新鳌", null, "LEADER");
        assertThat(api.get(impostor, path).code()).isEqualTo("not-your-indicator");
        catalog.reassignLeaders(zhangsIndicator, List.of("张新鳌"), List.of("刘永"));
        assertThat(api.get(ZHANG, path).code()).isEqualTo("not-your-indicator");
        assertThat(status(LIU, path)).isEqualTo(200);
    }

    @Test
    void aLeaderNeverWrites_evenEvidenceTheyRead() {
        link("TASK", catalog.task(planId, zhangsIndicator, "政务服务管理处"));
        long events = eventCount();
        assertThat(upload(ZHANG, "政务服务管理处", "领导.jpg", Files.jpeg(61, 16, 16)).code()).isEqualTo("forbidden");
        assertThat(api.post(ZHANG, path + "/links", Map.of("targetType", "REPORT",
                "targetId", catalog.report(planId, "政务服务管理处"), "period", "2020-Q3")).code()).isEqualTo("forbidden");
        assertThat(api.post(ZHANG, path + "/withdrawal", Map.of("reason", "领导撤回")).code()).isEqualTo("forbidden");
        assertThat(api.post(ZHANG, path + "/archive", null).code()).isEqualTo("forbidden");
        assertThat(api.get(ZHANG, path + "/history").code()).isEqualTo("forbidden");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(api.get(EvidenceUsers.OFFICE, path).body().get("links")).hasSize(1);
    }

    @Test
    void anUnknownEvidenceIsNotFoundForALeaderToo() {
        assertThat(api.get(ZHANG, "/api/evidence/no-such-evidence").status()).isEqualTo(404);
    }

    /** The status of a GET, whatever the body (JSON, an image, a file). */
    private int status(DevUser user, String read) {
        return http.exchange(read, HttpMethod.GET, new HttpEntity<>(user.headers()), byte[].class)
                .getStatusCode().value();
    }
}
