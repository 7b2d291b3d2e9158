package kaohe.supervision.delivery;

import jakarta.mail.internet.MimeMessage;
import kaohe.supervision.SupervisionIntegrationTestBase;
import kaohe.supervision.event.Channel;
import kaohe.supervision.reminder.DueReminder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static kaohe.supervision.LocalChannels.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;

/** E-mail to a real SMTP server, read back from it: once per key, whatever hands the reminder over again. */
class MailDeliveryIntegrationTest extends SupervisionIntegrationTestBase {

    @Autowired
    private DeliveryDispatcher dispatcher;

    @Test
    void aReminderReachesTheInboxAtOnceAndTheMailboxOnceWithItsLinkAndKeyDerivedMessageId() throws Exception {
        var user = liaison("督查处");
        String key = checkKey();
        DueReminder reminder = reminder(user, key, "before-3", Channel.INBOX, Channel.EMAIL);

        assertThat(outbox.enqueue(List.of(reminder))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_item WHERE recipient_id = ?", Long.class,
                user.id())).as("the inbox item is written with the outbox row").isEqualTo(1);
        String address = user.id() + "@kaohe.local";
        await("the mail accepted by the SMTP server", () -> mailsTo(address).size() == 1);
        await("the row marked SENT", () -> "SENT".equals(status(key, user.id(), Channel.EMAIL)));

        MimeMessage mail = mailsTo(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("8月月度检查将于8月31日到期");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("kaohe@kaohe.local");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = new String(mail.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(body).contains("请在8月31日前完成督查处8月份的月度检查并提交。")
                .contains("http://127.0.0.1:8080/mine/checks/" + key);
        assertThat(mail.getMessageID()).matches("<reminder\\.[0-9a-f]{32}@kaohe\\.supervision>");

        assertThat(outbox.enqueue(List.of(reminder))).as("handed over again").isZero();
        severalRounds();
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_item WHERE recipient_id = ?", Long.class,
                user.id())).isEqualTo(1);
    }

    @Test
    void theSameRemindersFromTwoThreadsAtOnceAreRecordedAndMailedOnceEach() throws Exception {
        var user = liaison("督查处");
        var reminders = IntStream.range(0, 5)
                .mapToObj(i -> reminder(user, checkKey(), "before-1", Channel.INBOX, Channel.EMAIL)).toList();
        var start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> enqueueAfter(start, reminders));
        var second = CompletableFuture.supplyAsync(() -> enqueueAfter(start, reminders));
        start.countDown();

        assertThat(first.get() + second.get()).as("(reminder × channel) recorded in all").isEqualTo(10);
        String address = user.id() + "@kaohe.local";
        await("five mails", () -> mailsTo(address).size() >= 5);
        severalRounds();
        assertThat(mailsTo(address)).hasSize(5);
        assertThat(mailsTo(address).stream().map(this::messageId).distinct()).hasSize(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_item WHERE recipient_id = ?", Long.class,
                user.id())).isEqualTo(5);
    }

    @Test
    void aRowLeftSendingByADeadProcessBecomesUncertainAndIsNeverSent() {
        var user = liaison("督查处");
        String key = checkKey();
        // what a process killed between "mark SENDING" and "mark SENT" leaves behind
        jdbc.update("""
                INSERT INTO reminder_delivery (obligation_key, step, recipient_id, channel, recipient_name, audience,
                    plan_id, department, title, body, link, due_at, status, next_attempt_at, attempts, attempted_at,
                    claimed_at, created_at)
                VALUES (?, 'due', ?, 'EMAIL', ?, 'LIAISON', 'plan-2020', ?, '今天到期', '请今天提交。', '/mine/checks',
                    now(), 'SENDING', now(), 1, now(), now() - interval '10 minutes', now())""",
                key, user.id(), user.name(), user.department());

        await("the in-doubt row marked UNCERTAIN", () -> "UNCERTAIN".equals(status(key, user.id(), Channel.EMAIL)));
        assertThat(outbox.enqueue(List.of(reminder(user, key, "due", Channel.EMAIL)))).isZero();
        severalRounds();
        assertThat(mailsTo(user.id() + "@kaohe.local")).isEmpty();
        assertThat(api.get(OFFICE, "/api/supervision/deliveries?status=UNCERTAIN").body().findValuesAsText(
                "obligationKey")).contains(key);
    }

    @Test
    void inQuietHoursTheInboxGetsItAtOnceAndTheMailWaitsUntilTheyEnd() {
        var user = liaison("督查处");
        String key = checkKey();
        clock.advance(Duration.ofHours(11)); // 23:00 in Shanghai

        outbox.enqueue(List.of(reminder(user, key, "before-3", Channel.INBOX, Channel.EMAIL)));

        assertThat(status(key, user.id(), Channel.INBOX)).isEqualTo("SENT");
        assertThat(status(key, user.id(), Channel.EMAIL)).isEqualTo("HELD");
        severalRounds();
        assertThat(mailsTo(user.id() + "@kaohe.local")).isEmpty();

        clock.advance(Duration.ofHours(8).plusMinutes(59)); // 07:59
        severalRounds();
        assertThat(mailsTo(user.id() + "@kaohe.local")).as("still quiet at 07:59").isEmpty();
        clock.advance(Duration.ofMinutes(2)); // 08:01
        await("the mail once the quiet hours ended", () -> mailsTo(user.id() + "@kaohe.local").size() == 1);
    }

    @Test
    void noMoreThanTenMailsAnHourReachOnePersonTheEleventhWaitsForTheWindowToFree() {
        var user = liaison("督查处");
        var reminders = IntStream.range(0, 11)
                .mapToObj(i -> reminder(user, checkKey(), "after-1", Channel.EMAIL)).toList();
        String address = user.id() + "@kaohe.local";

        outbox.enqueue(reminders);

        await("ten mails", () -> mailsTo(address).size() >= 10);
        severalRounds();
        assertThat(mailsTo(address)).hasSize(10);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM reminder_delivery WHERE recipient_id = ? AND status = 'HELD'""", Long.class,
                user.id())).isEqualTo(1);

        clock.advance(Duration.ofMinutes(61));
        await("the eleventh once the hour passed", () -> mailsTo(address).size() == 11);
    }

    @Test
    void someoneWhoTurnedEmailOffIsSkippedAndTheSkipIsRecorded() {
        var user = liaison("督查处");
        var set = api.put(user, "/api/supervision/me/preferences", null,
                Map.of("email", user.id() + "@example.org", "emailOn", false, "groupMentionOn", true));
        assertThat(set.status()).as(set.body().toString()).isEqualTo(200);
        String key = checkKey();

        outbox.enqueue(List.of(reminder(user, key, "due", Channel.INBOX, Channel.EMAIL)));

        await("the e-mail skipped", () -> "SKIPPED".equals(status(key, user.id(), Channel.EMAIL)));
        assertThat(status(key, user.id(), Channel.INBOX)).isEqualTo("SENT");
        assertThat(mailsTo(user.id() + "@example.org")).isEmpty();
    }

    @Test
    void theMailGoesToTheAddressThePersonSet() {
        var user = liaison("督查处");
        var set = api.put(user, "/api/supervision/me/preferences", null,
                Map.of("email", user.id() + "@Example.ORG", "emailOn", true, "groupMentionOn", true));
        assertThat(set.body().path("email").asText()).isEqualTo(user.id() + "@example.org");

        outbox.enqueue(List.of(reminder(user, checkKey(), "due", Channel.EMAIL)));

        await("the mail at the chosen address", () -> mailsTo(user.id() + "@example.org").size() == 1);
        assertThat(mailsTo(user.id() + "@kaohe.local")).isEmpty();
    }

    @Test
    void dispatchersRunningAtOnceSendEachRowOnce() throws Exception {
        var user = liaison("督查处");
        var reminders = IntStream.range(0, 8)
                .mapToObj(i -> reminder(user, checkKey(), "due", Channel.EMAIL)).toList();
        String address = user.id() + "@kaohe.local";
        var start = new CountDownLatch(1);
        // as several instances would, besides this one's own scheduled and poked rounds
        var rounds = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (int round = 0; round < 20; round++) {
                dispatcher.dispatch();
            }
        })).toList();

        outbox.enqueue(reminders);
        start.countDown();
        CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new)).get();

        await("eight mails", () -> mailsTo(address).size() >= 8);
        severalRounds();
        assertThat(mailsTo(address)).hasSize(8);
        assertThat(mailsTo(address).stream().map(this::messageId).distinct()).hasSize(8);
    }

    private int enqueueAfter(CountDownLatch start, List<DueReminder> reminders) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return outbox.enqueue(reminders);
    }

    private String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
