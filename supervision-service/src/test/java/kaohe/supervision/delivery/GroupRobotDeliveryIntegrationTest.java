package kaohe.supervision.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.supervision.LocalChannels;
import kaohe.supervision.SupervisionIntegrationTestBase;
import kaohe.supervision.event.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static kaohe.supervision.LocalChannels.ROBOTS;
import static org.assertj.core.api.Assertions.assertThat;

/** WeCom and DingTalk group robots against a local receiver: the bodies, the mentions, failures and back-off. */
class GroupRobotDeliveryIntegrationTest extends SupervisionIntegrationTestBase {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void bothRobotsOfTheDepartmentGetTheTextWithTheAbsoluteLinkAndMentionThePersonByPhone() throws Exception {
        var user = liaison(LocalChannels.ROBOTS_OK);
        String key = checkKey();

        outbox.enqueue(List.of(reminder(user, key, "before-3", Channel.WECOM, Channel.DINGTALK)));

        await("both robots called", () -> ROBOTS.bodies("/ok/wecom", key).size() == 1
                && ROBOTS.bodies("/ok/dingtalk", key).size() == 1);
        String phone = phoneOf(directory, user);
        JsonNode wecom = json.readTree(ROBOTS.bodies("/ok/wecom", key).get(0));
        assertThat(wecom.path("msgtype").asText()).isEqualTo("text");
        assertThat(wecom.path("text").path("content").asText()).startsWith("8月月度检查将于8月31日到期\n")
                .contains("月度检查并提交").endsWith("http://127.0.0.1:8080/mine/checks/" + key);
        assertThat(wecom.path("text").path("mentioned_mobile_list").get(0).asText()).isEqualTo(phone);
        JsonNode dingtalk = json.readTree(ROBOTS.bodies("/ok/dingtalk", key).get(0));
        assertThat(dingtalk.path("msgtype").asText()).isEqualTo("text");
        assertThat(dingtalk.path("text").path("content").asText()).contains("月度检查并提交");
        assertThat(dingtalk.path("at").path("atMobiles").get(0).asText()).isEqualTo(phone);
        await("both SENT", () -> "SENT".equals(status(key, user.id(), Channel.WECOM))
                && "SENT".equals(status(key, user.id(), Channel.DINGTALK)));

        outbox.enqueue(List.of(reminder(user, key, "before-3", Channel.WECOM, Channel.DINGTALK)));
        severalRounds();
        assertThat(ROBOTS.bodies("/ok/wecom", key)).hasSize(1);
        assertThat(ROBOTS.bodies("/ok/dingtalk", key)).hasSize(1);
    }

    @Test
    void someoneWhoDoesNotWantMentionsIsNotMentioned() throws Exception {
        var user = liaison(LocalChannels.ROBOTS_OK);
        api.put(user, "/api/supervision/me/preferences", null,
                Map.of("email", user.id() + "@kaohe.local", "emailOn", true, "groupMentionOn", false));
        String key = checkKey();

        outbox.enqueue(List.of(reminder(user, key, "due", Channel.WECOM, Channel.DINGTALK)));

        await("both robots called", () -> ROBOTS.bodies("/ok/wecom", key).size() == 1
                && ROBOTS.bodies("/ok/dingtalk", key).size() == 1);
        assertThat(json.readTree(ROBOTS.bodies("/ok/wecom", key).get(0)).path("text")
                .has("mentioned_mobile_list")).isFalse();
        assertThat(json.readTree(ROBOTS.bodies("/ok/dingtalk", key).get(0)).has("at")).isFalse();
    }

    @Test
    void aDepartmentWithoutRobotsIsSkippedForThoseChannels() {
        var user = liaison("无机器人处");
        String key = checkKey();

        outbox.enqueue(List.of(reminder(user, key, "due", Channel.WECOM, Channel.DINGTALK)));

        await("both skipped", () -> "SKIPPED".equals(status(key, user.id(), Channel.WECOM))
                && "SKIPPED".equals(status(key, user.id(), Channel.DINGTALK)));
    }

    @Test
    void aFailingRobotIsRetriedWithBackOffThenFailedAndTheFailureIsVisible() {
        var user = liaison(LocalChannels.ROBOTS_FAILING);
        String key = checkKey();

        outbox.enqueue(List.of(reminder(user, key, "after-1", Channel.WECOM, Channel.DINGTALK)));

        await("the first try of each failed", () -> attempts(key, Channel.WECOM) == 1
                && attempts(key, Channel.DINGTALK) == 1);
        await("both RETRYING", () -> "RETRYING".equals(status(key, user.id(), Channel.WECOM))
                && "RETRYING".equals(status(key, user.id(), Channel.DINGTALK)));
        assertThat(lastError(key, Channel.WECOM)).contains("HTTP 500");
        assertThat(lastError(key, Channel.DINGTALK)).contains("errcode 93000");
        severalRounds();
        assertThat(attempts(key, Channel.WECOM)).as("nothing before the back-off has passed").isEqualTo(1);

        // 30 s, 1, 2, 4, 8, 16, 30 min: each wait passed, the next try comes
        for (int attempt = 2; attempt <= BackOff.MAX_ATTEMPTS; attempt++) {
            clock.advance(BackOff.after(attempt - 1).plusSeconds(1));
            int expected = attempt;
            await("try " + attempt, () -> attempts(key, Channel.WECOM) == expected
                    && attempts(key, Channel.DINGTALK) == expected
                    && !"SENDING".equals(status(key, user.id(), Channel.WECOM))
                    && !"SENDING".equals(status(key, user.id(), Channel.DINGTALK)));
        }
        await("FAILED after eight tries", () -> "FAILED".equals(status(key, user.id(), Channel.WECOM))
                && "FAILED".equals(status(key, user.id(), Channel.DINGTALK)));
        clock.advance(Duration.ofHours(1));
        severalRounds();
        assertThat(attempts(key, Channel.WECOM)).isEqualTo(BackOff.MAX_ATTEMPTS);
        assertThat(ROBOTS.bodies("/down", key)).hasSize(BackOff.MAX_ATTEMPTS);

        var failed = api.get(OFFICE, "/api/supervision/deliveries?status=FAILED&channel=WECOM");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body().findValuesAsText("obligationKey")).contains(key);
        var summary = api.get(AUDITOR, "/api/supervision/deliveries/summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body().path("byChannel").findValues("failed").stream().mapToLong(JsonNode::asLong).sum())
                .isGreaterThanOrEqualTo(2);
        assertThat(summary.body().path("lastFailure").path("error").asText()).isNotBlank();
        await("the figures exposed", () -> {
            String metrics = http.getForObject("/actuator/prometheus", String.class);
            return metrics.contains("kaohe_reminder_deliveries_total{") && metrics.contains("outcome=\"failed\"")
                    && metrics.contains("kaohe_reminder_outbox{") && metrics.contains("state=\"failed\"")
                    && metrics.contains("kaohe_reminder_delivery_seconds_count");
        });
    }

    @Test
    void aRobotThatTookTheMessageWithoutAnsweringIsInDoubtAndNotAskedAgain() {
        var user = liaison(LocalChannels.ROBOTS_SILENT);
        String key = checkKey();

        outbox.enqueue(List.of(reminder(user, key, "due", Channel.WECOM)));

        await("the unanswered send marked UNCERTAIN", () -> "UNCERTAIN".equals(status(key, user.id(), Channel.WECOM)));
        clock.advance(Duration.ofHours(1));
        severalRounds();
        assertThat(ROBOTS.bodies("/silent", key)).hasSize(1);
        assertThat(attempts(key, Channel.WECOM)).isEqualTo(1);
    }

    @Test
    void theDeliveriesAreTheOfficesAndAuditorsToRead() {
        var user = liaison(LocalChannels.ROBOTS_OK);
        assertThat(api.get(user, "/api/supervision/deliveries").status()).isEqualTo(403);
        assertThat(api.get(user, "/api/supervision/deliveries/summary").status()).isEqualTo(403);
        assertThat(api.get(kaohe.testengines.ApiClient.DevUser.NOBODY, "/api/supervision/deliveries").status())
                .isEqualTo(401);
        var bad = api.get(OFFICE, "/api/supervision/deliveries?status=LOST");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("invalid-parameter");
        var page = api.get(OFFICE, "/api/supervision/deliveries?limit=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().size()).isLessThanOrEqualTo(1);
    }

    private int attempts(String key, Channel channel) {
        return jdbc.queryForObject("SELECT attempts FROM reminder_delivery WHERE obligation_key = ? AND channel = ?",
                Integer.class, key, channel.name());
    }

    private String lastError(String key, Channel channel) {
        return jdbc.queryForObject("SELECT last_error FROM reminder_delivery WHERE obligation_key = ? AND channel = ?",
                String.class, key, channel.name());
    }
}
