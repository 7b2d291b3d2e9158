package kaohe.identity.account.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.identity.IdentityServiceTest;
import kaohe.testengines.ApiClient.Bearer;
import kaohe.testengines.ApiClient.DevUser;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The office administers accounts; nobody else may, and bad requests change nothing. */
class AccountAdministrationIntegrationTest extends IdentityServiceTest {

    private static final String ACCOUNTS = "/api/identity/accounts";

    private static Map<String, Object> liaison(String id) {
        var request = new HashMap<String, Object>();
        request.put("name", "王敏");
        request.put("department", "督查处");
        request.put("phone", "0931-1234567");
        request.put("userId", id);
        request.put("reason", "新联络员");
        return request;
    }

    private static String newId() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    @Test
    void theOfficeCreatesAnAccountAndSeesItsTemporaryPasswordOnce() {
        String id = newId();
        var created = api.post(OFFICE, ACCOUNTS, liaison(id));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString(ACCOUNTS + "/" + id);
        JsonNode account = created.body().get("account");
        assertThat(account.get("id").asText()).isEqualTo(id);
        assertThat(account.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(account.get("roles")).extracting(JsonNode::asText).containsExactly("LIAISON");
        assertThat(account.get("phone").asText()).isEqualTo("0931-1234567");
        assertThat(account.has("createdAt")).isTrue();
        String password = created.body().get("initialPassword").asText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);

        var listed = api.get(OFFICE, ACCOUNTS);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().toString()).contains(id).doesNotContain(password);
        String hash = jdbc.queryForObject("SELECT password_hash FROM account_credential WHERE account_id = ?",
                String.class, id);
        assertThat(hash).startsWith("{bcrypt}");

        JsonNode history = api.get(OFFICE, ACCOUNTS + "/" + id + "/history").body();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("actorId").asText()).isEqualTo("office-admin");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("新联络员");
        assertThat(history.toString()).doesNotContain(password).doesNotContain(hash);
    }

    @Test
    void anIdIsDerivedFromTheRoleWhenNoneIsGiven() {
        var request = liaison(null);
        request.remove("userId");
        var created = api.post(OFFICE, ACCOUNTS, request);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("account").get("id").asText()).matches("liaison-[0-9a-f]{8}");
    }

    @Test
    void theOfficeResetsDisablesEnablesAndEveryStepIsInTheHistory() {
        String id = newId();
        String first = api.post(OFFICE, ACCOUNTS, liaison(id)).body().get("initialPassword").asText();
        var reset = api.post(OFFICE, ACCOUNTS + "/" + id + "/password-reset", Map.of("reason", "忘记密码"));
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body().get("temporaryPassword").asText()).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo(first);
        assertThat(api.post(OFFICE, ACCOUNTS + "/" + id + "/disable", Map.of("reason", "调离")).body()
                .get("state").asText()).isEqualTo("DISABLED");
        assertThat(api.post(OFFICE, ACCOUNTS + "/" + id + "/disable", Map.of("reason", "再停")).status())
                .isEqualTo(409);
        assertThat(api.post(OFFICE, ACCOUNTS + "/" + id + "/enable", Map.of("reason", "回岗")).body()
                .get("state").asText()).isEqualTo("ACTIVE");
        assertThat(api.post(OFFICE, ACCOUNTS + "/" + id + "/unlock", Map.of("reason", "解锁")).code())
                .isEqualTo("account-not-locked");
        JsonNode history = api.get(OFFICE, ACCOUNTS + "/" + id + "/history").body();
        assertThat(history).extracting(entry -> entry.get("type").asText()).containsExactly(
                "identity.AccountCreated.v1", "identity.AccountPasswordReset.v1", "identity.AccountDisabled.v1",
                "identity.AccountEnabled.v1");
        assertThat(history).extracting(entry -> entry.get("reason").asText())
                .containsExactly("新联络员", "忘记密码", "调离", "回岗");
    }

    @Test
    void theSameIdTwiceIsAConflict() {
        String id = newId();
        assertThat(api.post(OFFICE, ACCOUNTS, liaison(id)).status()).isEqualTo(201);
        long before = events();
        var again = api.post(OFFICE, ACCOUNTS, liaison(id));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("account-exists");
        assertThat(again.body().get("type").asText()).isEqualTo("urn:kaohe:problem:account-exists");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeAdministersAccounts() {
        String id = newId();
        assertThat(api.get(DevUser.NOBODY, ACCOUNTS).status()).isEqualTo(401);
        assertThat(api.post(DevUser.NOBODY, ACCOUNTS, liaison(id)).status()).isEqualTo(401);
        assertThat(api.get(LIAISON, ACCOUNTS).status()).isEqualTo(403);
        assertThat(api.post(LIAISON, ACCOUNTS, liaison(id)).status()).isEqualTo(403);
        assertThat(api.post(LIAISON, ACCOUNTS + "/office-admin/password-reset", Map.of("reason", "我要")).status())
                .isEqualTo(403);
        assertThat(api.get(LIAISON, ACCOUNTS + "/office-admin/history").status()).isEqualTo(403);
        var auditor = new DevUser("auditor", "审计员", null, "AUDITOR");
        assertThat(api.post(auditor, ACCOUNTS + "/office-admin/disable", Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(api.get(OFFICE, ACCOUNTS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void theAccountApiTakesBearerTokensLikeEveryService() {
        var issuer = TestIssuer.get();
        assertThat(api.get(new Bearer(issuer.token("office-admin", "办公室管理员", "办公室", "OFFICE")), ACCOUNTS)
                .status()).isEqualTo(200);
        assertThat(api.get(new Bearer(issuer.token("liaison-duchachu", "督查处联络员", "督查处", "LIAISON")), ACCOUNTS)
                .status()).isEqualTo(403);
        var forged = issuer.signWithAnotherKey(issuer.claims("office-admin", "办公室管理员", "办公室", "OFFICE"));
        assertThat(api.get(new Bearer(forged), ACCOUNTS).status()).isEqualTo(401);
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        long before = events();
        var noReason = liaison(newId());
        noReason.remove("reason");
        assertThat(api.post(OFFICE, ACCOUNTS, noReason).status()).isEqualTo(400);

        var longName = liaison(newId());
        longName.put("name", "名".repeat(33));
        var refused = api.post(OFFICE, ACCOUNTS, longName);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).extracting(error -> error.get("field").asText()).containsExactly("name");

        var twoLines = liaison(newId());
        twoLines.put("name", "王敏\n管理员");
        assertThat(api.post(OFFICE, ACCOUNTS, twoLines).status()).isEqualTo(400);

        var noDepartment = liaison(newId());
        noDepartment.remove("department");
        var missing = api.post(OFFICE, ACCOUNTS, noDepartment);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("department-required");

        for (String phone : List.of("12345", "1391234567", "139123456789", "0931 1234567", "abc")) {
            var badPhone = liaison(newId());
            badPhone.put("phone", phone);
            assertThat(api.post(OFFICE, ACCOUNTS, badPhone).status()).as(phone).isEqualTo(400);
        }
        var badRole = liaison(newId());
        badRole.put("roles", List.of("ROOT"));
        assertThat(api.post(OFFICE, ACCOUNTS, badRole).status()).isEqualTo(400);
        var badId = liaison("Office Admin!");
        assertThat(api.post(OFFICE, ACCOUNTS, badId).status()).isEqualTo(400);

        var headers = OFFICE.headers();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        assertThat(api.call(HttpMethod.POST, ACCOUNTS, headers, "{\"name\":").status()).isEqualTo(400);
        assertThat(api.call(HttpMethod.POST, ACCOUNTS, OFFICE.headers(),
                "{\"name\":\"" + "x".repeat(300_000) + "\"}").status()).isEqualTo(413);
        assertThat(api.post(OFFICE, ACCOUNTS + "/office-admin/disable", Map.of("reason", "")).status())
                .isEqualTo(400);
        assertThat(api.post(OFFICE, ACCOUNTS + "/office-admin/password-reset", Map.of("reason", "x".repeat(501)))
                .status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void accountsAreListedInPages() {
        var page = api.get(OFFICE, ACCOUNTS + "?limit=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).hasSize(2);
        assertThat(page.headers().getFirst(HttpHeaders.LINK)).contains("rel=\"next\"");
        assertThat(api.get(OFFICE, ACCOUNTS + "?limit=0").status()).isEqualTo(400);
    }
}
