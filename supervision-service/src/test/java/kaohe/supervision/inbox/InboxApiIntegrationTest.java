package kaohe.supervision.inbox;

import kaohe.supervision.SupervisionIntegrationTestBase;
import kaohe.supervision.event.Channel;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox API: each person's own items only, newest first, read state, paging, and nobody else's ids. */
class InboxApiIntegrationTest extends SupervisionIntegrationTestBase {

    @Test
    void aPersonSeesTheirOwnItemsNewestFirstAndMarksThemRead() {
        var user = liaison("督查处");
        var other = liaison("督查处");
        String first = checkKey();
        String second = checkKey();
        outbox.enqueue(List.of(reminder(user, first, "before-3", Channel.INBOX),
                reminder(other, first, "before-3", Channel.INBOX)));
        clock.advance(Duration.ofMinutes(1));
        outbox.enqueue(List.of(reminder(user, second, "before-1", Channel.INBOX)));

        var items = api.get(user, "/api/supervision/inbox");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.body().findValuesAsText("link")).containsExactly("/mine/checks/" + second,
                "/mine/checks/" + first);
        assertThat(items.body().get(0).path("kind").asText()).isEqualTo("before-1");
        assertThat(items.body().get(0).path("title").asText()).isEqualTo("8月月度检查将于8月31日到期");
        assertThat(items.body().get(0).path("dueOn").asText()).isEqualTo("2020-08-31");
        assertThat(items.body().get(0).path("department").asText()).isEqualTo("督查处");
        assertThat(items.body().get(0).has("readAt")).isFalse();
        assertThat(unread(user)).isEqualTo(2);

        String newest = items.body().get(0).path("id").asText();
        assertThat(api.post(user, "/api/supervision/inbox/" + newest + "/read", null).status()).isEqualTo(204);
        assertThat(api.post(user, "/api/supervision/inbox/" + newest + "/read", null).status())
                .as("again is no change").isEqualTo(204);
        assertThat(unread(user)).isEqualTo(1);
        assertThat(api.get(user, "/api/supervision/inbox?unread=true").body().findValuesAsText("link"))
                .containsExactly("/mine/checks/" + first);
        assertThat(api.get(user, "/api/supervision/inbox?unread=false").body().findValuesAsText("id"))
                .containsExactly(newest);

        var all = api.post(user, "/api/supervision/inbox/read-all", null);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().path("marked").asInt()).isEqualTo(1);
        assertThat(unread(user)).isZero();
        assertThat(unread(other)).as("the other person's item untouched").isEqualTo(1);
    }

    @Test
    void someoneElsesItemIsNotFoundAndStaysUnread() {
        var user = liaison("督查处");
        var other = liaison("督查处");
        outbox.enqueue(List.of(reminder(other, checkKey(), "due", Channel.INBOX)));
        String theirs = api.get(other, "/api/supervision/inbox").body().get(0).path("id").asText();

        var answer = api.post(user, "/api/supervision/inbox/" + theirs + "/read", null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("inbox-item-not-found");
        assertThat(api.post(OFFICE, "/api/supervision/inbox/" + theirs + "/read", null).status())
                .as("the office too reads only its own inbox").isEqualTo(404);
        assertThat(api.get(OFFICE, "/api/supervision/inbox").body().findValuesAsText("id")).doesNotContain(theirs);
        assertThat(api.get(user, "/api/supervision/inbox").body().size()).isZero();
        assertThat(unread(other)).isEqualTo(1);
        assertThat(api.post(user, "/api/supervision/inbox/no-such-item/read", null).status()).isEqualTo(404);
    }

    @Test
    void theInboxIsPagedWithinBounds() {
        var user = liaison("督查处");
        outbox.enqueue(List.of(reminder(user, checkKey(), "before-3", Channel.INBOX),
                reminder(user, checkKey(), "before-1", Channel.INBOX),
                reminder(user, checkKey(), "due", Channel.INBOX)));

        var page = api.get(user, "/api/supervision/inbox?limit=2");
        assertThat(page.body().size()).isEqualTo(2);
        assertThat(page.headers().getFirst("Link")).contains("offset=2").contains("rel=\"next\"");
        var rest = api.get(user, "/api/supervision/inbox?limit=2&offset=2");
        assertThat(rest.body().size()).isEqualTo(1);
        assertThat(rest.headers().getFirst("Link")).isNull();
        for (String outOfBounds : List.of("limit=0", "limit=1001", "offset=-1", "limit=many")) {
            var refused = api.get(user, "/api/supervision/inbox?" + outOfBounds);
            assertThat(refused.status()).as(outOfBounds).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("invalid-parameter");
        }
        assertThat(api.get(user, "/api/supervision/inbox?unread=perhaps").status()).isEqualTo(400);
    }

    @Test
    void nobodyUnauthenticatedReachesAnyInbox() {
        var nobody = ApiClient.DevUser.NOBODY;
        assertThat(api.get(nobody, "/api/supervision/inbox").status()).isEqualTo(401);
        assertThat(api.get(nobody, "/api/supervision/inbox/unread-count").status()).isEqualTo(401);
        assertThat(api.post(nobody, "/api/supervision/inbox/read-all", null).status()).isEqualTo(401);
        assertThat(api.post(nobody, "/api/supervision/inbox/x/read", null).status()).isEqualTo(401);
    }

    private int unread(ApiClient.DevUser user) {
        var answer = api.get(user, "/api/supervision/inbox/unread-count");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().path("unread").asInt();
    }
}
