package kaohe.supervision.preference.web;

import kaohe.supervision.SupervisionIntegrationTestBase;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /me/preferences}: the defaults, a change, and every bad request refused with nothing changed. */
class PreferencesApiIntegrationTest extends SupervisionIntegrationTestBase {

    private static final String PATH = "/api/supervision/me/preferences";

    @Test
    void someoneWhoNeverSetAnyGetsTheDefaultsAndSetsTheirOwn() {
        var user = liaison("督查处");
        var defaults = api.get(user, PATH);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().path("email").asText()).isEqualTo(user.id() + "@kaohe.local");
        assertThat(defaults.body().path("emailOn").asBoolean()).isTrue();
        assertThat(defaults.body().path("groupMentionOn").asBoolean()).isTrue();

        var set = api.put(user, PATH, null, body("li.na+kaohe@gov.example.cn", false, false));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        assertThat(set.body().path("email").asText()).isEqualTo("li.na+kaohe@gov.example.cn");
        assertThat(api.get(user, PATH).body()).isEqualTo(set.body());
        assertThat(events(user)).isEqualTo(1);

        assertThat(api.put(user, PATH, null, body("li.na+kaohe@gov.example.cn", false, false)).status())
                .isEqualTo(200);
        assertThat(events(user)).as("setting what is set records nothing").isEqualTo(1);
        assertThat(api.get(liaison("督查处"), PATH).body().path("emailOn").asBoolean())
                .as("another person's stay theirs").isTrue();
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        var user = liaison("督查处");
        api.put(user, PATH, null, body(user.id() + "@example.org", true, true));
        var before = api.get(user, PATH).body();

        assertRefused(user, "{\"email\":", "malformed-json");
        assertRefused(user, body("not-an-address", false, false), "invalid-email");
        assertRefused(user, body("a@b", false, false), "invalid-email");
        assertRefused(user, body("两个@example.org", false, false), "invalid-email");
        assertRefused(user, body("x".repeat(250) + "@example.org", false, false), "email-too-long");
        assertRefused(user, body(" ", false, false), "email-required");
        assertRefused(user, body("a@example.org\nBcc: all@example.org", false, false), "invalid-request");
        var missing = new HashMap<String, Object>(body("a@example.org", false, false));
        missing.remove("emailOn");
        assertRefused(user, missing, "invalid-request");
        var someoneElse = new HashMap<String, Object>(body("a@example.org", false, false));
        someoneElse.put("userId", "office-admin");
        assertRefused(user, someoneElse, "unknown-field");
        assertRefused(user, Map.of("email", "a@example.org", "emailOn", "perhaps", "groupMentionOn", true),
                "invalid-field");
        var huge = api.put(user, PATH, null, body("a".repeat(2_000_000) + "@example.org", false, false));
        assertThat(huge.status()).isIn(400, 413);

        assertThat(api.get(user, PATH).body()).isEqualTo(before);
        assertThat(events(user)).isEqualTo(1);
    }

    @Test
    void onlySomeoneSignedInHasPreferences() {
        assertThat(api.get(ApiClient.DevUser.NOBODY, PATH).status()).isEqualTo(401);
        assertThat(api.put(ApiClient.DevUser.NOBODY, PATH, null, body("a@example.org", true, true)).status())
                .isEqualTo(401);
        assertThat(api.get(AUDITOR, PATH).status()).isEqualTo(200);
    }

    private void assertRefused(ApiClient.DevUser user, Object body, String code) {
        var answer = api.put(user, PATH, null, body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo(code);
        assertThat(answer.body().path("title").asText()).isNotBlank();
    }

    private static Map<String, Object> body(String email, boolean emailOn, boolean groupMentionOn) {
        return Map.of("email", email, "emailOn", emailOn, "groupMentionOn", groupMentionOn);
    }

    private long events(ApiClient.DevUser user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, user.id());
    }
}
