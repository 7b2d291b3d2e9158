package kaohe.scoring.web;

import kaohe.testengines.ApiClient.Answer;
import kaohe.testengines.ApiClient.Bearer;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.testengines.ApiClient.DevUser;
import kaohe.testengines.ApiClient.Identity;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static kaohe.scoring.web.ScoringUsers.AUDITOR;
import static kaohe.scoring.web.ScoringUsers.DUAN;
import static kaohe.scoring.web.ScoringUsers.LIAISON_A;
import static kaohe.scoring.web.ScoringUsers.LIAISON_B;
import static kaohe.scoring.web.ScoringUsers.NOBODY;
import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScoringUsers.ZHANG;
import static kaohe.scoring.web.ScriptedPlan.A;
import static kaohe.scoring.web.ScriptedScoringIntegrationTest.rules;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, for every kind of user: the office and auditors read everything and only the office acts; a
 * liaison sees its own department and appeals its own breaches; a leader sees the departments and indicators they
 * are responsible for and never scores; nobody anonymous gets anything.
 */
class ScoringAuthorizationIntegrationTest extends ScoringIntegrationTestBase {

    private ScriptedPlan plan;
    private String base;

    @BeforeEach
    void plan() {
        plan = scripted();
        base = "/api/scoring/plans/" + plan.planId;
    }

    @Test
    void rankingsAreForTheOfficeAuditorsAndLeaders() {
        String ranking = base + "/ranking";
        allowed(ranking, OFFICE, AUDITOR, ZHANG, DUAN);
        refused(ranking, 403, LIAISON_A, LIAISON_B);
        refused(ranking, 401, NOBODY);
        allowed("/api/scoring/plans", OFFICE, AUDITOR, ZHANG, LIAISON_A);
        refused("/api/scoring/plans", 401, NOBODY);
    }

    @Test
    void aDepartmentsScorecardIsForItselfTheOfficeAuditorsAndTheLeadersOfWhatItCarries() {
        for (String path : List.of(base + "/scorecards/" + A, base + "/scorecards/" + A + "?asOf=2020-09-30",
                base + "/scorecards/" + A + "/comparison?leftAsOf=2020-09-30", base + "/dashboard/departments/" + A,
                base + "/breaches?department=" + A)) {
            allowed(path, OFFICE, AUDITOR, LIAISON_A, ZHANG);
            refused(path, 403, LIAISON_B, DUAN);
            refused(path, 401, NOBODY);
        }
    }

    @Test
    void indicatorsAreForTheOfficeAuditorsTheirLeadersAndTheDepartmentsCarryingThem() {
        allowed(base + "/indicators", OFFICE, AUDITOR);
        refused(base + "/indicators", 403, LIAISON_A, ZHANG);
        allowed(base + "/indicators?leader=" + ZHANG.name(), OFFICE, AUDITOR, ZHANG);
        refused(base + "/indicators?leader=" + ZHANG.name(), 403, DUAN, LIAISON_A);
        allowed(base + "/indicators/" + plan.demoTowns, OFFICE, AUDITOR, ZHANG, LIAISON_A, LIAISON_B);
        refused(base + "/indicators/" + plan.demoTowns, 403, DUAN);
        allowed(base + "/dashboard/leader", ZHANG, DUAN);
        allowed(base + "/dashboard/leader?leader=" + ZHANG.name(), OFFICE, AUDITOR, ZHANG);
        refused(base + "/dashboard/leader?leader=" + ZHANG.name(), 403, DUAN, LIAISON_A);
    }

    @Test
    void aLeaderIsKnownByTheUserIdThePlanLinksNeverByTheNameInTheirToken() {
        var impostor = new Bearer(TestIssuer.get().token("mallory", ScriptedPlan.LEADER, null, "LEADER"));
        var zhang = new Bearer(TestIssuer.get().token(ScriptedPlan.LEADER_ID, ScriptedPlan.LEADER, null, "LEADER"));
        for (String path : List.of(base + "/scorecards/" + A, base + "/dashboard/departments/" + A,
                base + "/indicators/" + plan.demoTowns, base + "/indicators?leader=" + ScriptedPlan.LEADER,
                base + "/dashboard/leader?leader=" + ScriptedPlan.LEADER)) {
            assertThat(status(impostor, path)).as("mallory GET " + path).isEqualTo(403);
            assertThat(status(zhang, path)).as("leader-zhang GET " + path).isEqualTo(200);
        }
        Answer own = api.get(zhang, base + "/dashboard/leader");
        assertThat(own.body().get("leader").asText()).isEqualTo(ScriptedPlan.LEADER);
        assertThat(own.body().get("indicators")).hasSize(2);
        assertThat(api.get(impostor, base + "/dashboard/leader").body().get("indicators")).isEmpty();
    }

    @Test
    void aLeaderLinkedToAnotherAccountIsNoLongerServedToTheOldOne() {
        feed.publish("indicator", plan.planId, 4, ScriptedPlan.at("2020-07-02"),
                new LeaderAccountLinkedEvent(plan.planId, ScriptedPlan.LEADER, ScriptedPlan.LEADER_ID, "zhang-xinao"));
        String indicator = base + "/indicators/" + plan.demoTowns;
        await("the new link consumed", () -> status(ZHANG, indicator) == 403);
        var relinked = new Bearer(TestIssuer.get().token("zhang-xinao", "张新鳌", null, "LEADER"));
        assertThat(status(relinked, indicator)).isEqualTo(200);
        assertThat(status(ZHANG, base + "/scorecards/" + A)).isEqualTo(403);
    }

    @Test
    void wholePlanViewsAreForTheOfficeAndAuditors() {
        for (String path : List.of(base + "/dashboard/office", base + "/dashboard/office?asOf=2020-09-30",
                base + "/breaches", base + "/summary.xlsx",
                base + "/summary.docx", "/api/scoring/rebuilds", "/api/scoring/audit/events",
                "/api/scoring/chain/verification")) {
            allowed(path, OFFICE, AUDITOR);
            refused(path, 403, LIAISON_A, ZHANG);
            refused(path, 401, NOBODY);
        }
        allowed(base + "/rules", OFFICE, AUDITOR, LIAISON_A, ZHANG);
        refused(base + "/rules", 401, NOBODY);
        refused("/api/scoring/rebuilds/no-such-run", 403, LIAISON_A, ZHANG);
        refused("/api/scoring/rebuilds/no-such-run", 401, NOBODY);
        assertThat(api.post(OFFICE, base + "/what-if", rules(70, 10, 10, 10, null)).status()).isEqualTo(200);
        assertThat(api.post(AUDITOR, base + "/what-if", rules(70, 10, 10, 10, null)).status()).isEqualTo(200);
        assertThat(api.post(LIAISON_A, base + "/what-if", rules(70, 10, 10, 10, null)).status()).isEqualTo(403);
        assertThat(api.post(ZHANG, base + "/what-if", rules(70, 10, 10, 10, null)).status()).isEqualTo(403);
        assertThat(api.post(NOBODY, base + "/what-if", rules(70, 10, 10, 10, null)).status()).isEqualTo(401);
        assertThat(api.post(ZHANG, "/api/scoring/rebuilds", null).status()).isEqualTo(403);
        assertThat(api.post(LIAISON_A, "/api/scoring/rebuilds", null).status()).isEqualTo(403);
        assertThat(api.post(NOBODY, "/api/scoring/rebuilds", null).status()).isEqualTo(401);
    }

    @Test
    void onlyTheOfficeScoresAdoptsRulesRecordsBreachesAndAwardsBonuses_leadersAndAuditorsNever() {
        for (DevUser user : List.of(ZHANG, AUDITOR, LIAISON_A, NOBODY)) {
            int expected = user == NOBODY ? 401 : 403;
            assertThat(api.put(user, base + "/departments/" + A + "/supervision/2020-Q3", null,
                    Map.of("score", 90)).status()).as(user.id()).isEqualTo(expected);
            assertThat(api.post(user, base + "/rules", "\"0\"", rules(70, 10, 10, 10, "改权重")).status())
                    .as(user.id()).isEqualTo(expected);
            assertThat(api.post(user, base + "/departments/" + A + "/breaches", breach()).status())
                    .as(user.id()).isEqualTo(expected);
            assertThat(api.post(user, base + "/departments/" + A + "/bonuses",
                    Map.of("quarter", "2020-Q3", "points", 2, "reason", "加分")).status())
                    .as(user.id()).isEqualTo(expected);
        }
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", plan.planId))
                .isZero();
        assertThat(api.put(OFFICE, base + "/departments/" + A + "/supervision/2020-Q3", null,
                Map.of("score", 90)).status()).isEqualTo(200);
    }

    @Test
    void aBreachIsAppealedByItsOwnDepartmentOnly_andDecidedByTheOfficeOnly() {
        var recorded = api.post(OFFICE, base + "/departments/" + A + "/breaches", breach());
        assertThat(recorded.status()).isEqualTo(201);
        String breach = base + "/departments/" + A + "/breaches/" + recorded.body().path("subject").asText();
        var reason = Map.of("reason", "当日系统故障，非人为");

        assertThat(api.post(LIAISON_B, breach + "/appeal", reason).status()).isEqualTo(403);
        assertThat(api.post(OFFICE, breach + "/appeal", reason).status()).isEqualTo(403);
        assertThat(api.post(ZHANG, breach + "/appeal", reason).status()).isEqualTo(403);
        assertThat(api.post(AUDITOR, breach + "/appeal", reason).status()).isEqualTo(403);
        assertThat(api.post(NOBODY, breach + "/appeal", reason).status()).isEqualTo(401);
        assertThat(api.post(LIAISON_A, breach + "/appeal", reason).status()).isEqualTo(200);
        await("the appeal listed", () -> "APPEALED".equals(
                api.get(OFFICE, base + "/breaches").body().path(0).path("state").asText()));
        var listed = api.get(OFFICE, base + "/breaches").body().path(0);
        assertThat(listed.path("events")).hasSize(2);
        var appeal = api.get(OFFICE, "/api/scoring/events/" + listed.path("events").path(1).path("eventId").asText());
        assertThat(appeal.body().path("metadata").path("reason").asText()).as("the grounds the office decides on")
                .isEqualTo("当日系统故障，非人为");
        for (String decision : List.of("/appeal-rejection", "/revocation")) {
            assertThat(api.post(LIAISON_A, breach + decision, reason).status()).isEqualTo(403);
            assertThat(api.post(AUDITOR, breach + decision, reason).status()).isEqualTo(403);
            assertThat(api.post(ZHANG, breach + decision, reason).status()).isEqualTo(403);
            assertThat(api.post(NOBODY, breach + decision, reason).status()).isEqualTo(401);
        }
        assertThat(api.post(OFFICE, breach + "/revocation", Map.of("reason", "申诉成立")).status()).isEqualTo(200);
    }

    @Test
    void anEventBehindAScoreOpensForItsOwnDepartmentAndThoseWhoReadEverything() {
        String event = "/api/scoring/events/" + plan.progressA.eventId();
        allowed(event, OFFICE, AUDITOR, LIAISON_A);
        refused(event, 403, LIAISON_B, ZHANG);
        refused(event, 401, NOBODY);
    }

    @Test
    void aValidTokenWithoutAnyRoleOfTheSystemGetsNothing() {
        var noRole = new Bearer(TestIssuer.get().token("sso-user", "统一认证用户", A, "offline_access"));
        for (String path : List.of("/api/scoring/plans", base + "/rules", base + "/ranking",
                base + "/scorecards/" + A, base + "/indicators/" + plan.demoTowns, base + "/dashboard/office",
                "/api/scoring/events/" + plan.progressA.eventId())) {
            var answer = api.get(noRole, path);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.code()).as(path).isEqualTo("forbidden");
        }
    }

    @Test
    void aClientCannotNameItsOwnActor() {
        var headers = OFFICE.headers();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        Answer answer = api.call(HttpMethod.PUT, base + "/departments/" + A + "/supervision/2020-Q3", headers,
                Map.of("score", 90, "actorId", "leader-zhang", "department", "办公室"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("unknown-field");
    }

    private Map<String, Object> breach() {
        return Map.of("indicatorId", plan.negativeItem, "occurredOn", "2020-08-20", "description", "窗口违规收费",
                "evidence", List.of(), "confirmedBy", "办公室主任");
    }

    private void allowed(String path, DevUser... users) {
        for (DevUser user : users) {
            assertThat(status(user, path)).as(user.id() + " GET " + path).isEqualTo(200);
        }
    }

    private void refused(String path, int status, DevUser... users) {
        for (DevUser user : users) {
            assertThat(status(user, path)).as((user.id() == null ? "nobody" : user.id()) + " GET " + path)
                    .isEqualTo(status);
        }
    }

    /** The status of a GET, whatever the body (JSON or a workbook). */
    private int status(Identity user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(user.headers()), byte[].class)
                .getStatusCode().value();
    }
}
