package kaohe.supervision;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.reminder.DueReminder;
import kaohe.supervision.reminder.ReminderOutbox;
import kaohe.testengines.ApiClient;
import kaohe.testengines.Eventually;
import kaohe.testengines.MutableClock;
import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The supervision service on the real engines, standing on 2020-08-28 at noon in Shanghai, with a real SMTP
 * server and a robot receiver at the far ends of its channels. Every test makes up its own people (unique ids),
 * so what other tests left in the outbox never counts in its assertions.
 */
@Import(SupervisionTestConfiguration.class)
public abstract class SupervisionIntegrationTestBase extends ServiceTest {

    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    protected static final LocalDate TODAY = LocalDate.of(2020, 8, 28);
    protected static final ApiClient.DevUser OFFICE = new ApiClient.DevUser("office-admin", "办公室管理员", "办公室",
            "OFFICE");
    protected static final ApiClient.DevUser AUDITOR = new ApiClient.DevUser("auditor", "审计员", null, "AUDITOR");

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected FixedDirectory directory;

    @Autowired
    protected ReminderOutbox outbox;

    protected ApiClient api;

    @BeforeEach
    void standOnTheTestDay() {
        api = new ApiClient(http);
        clock.today(TODAY);
    }

    /** A person no other test knows: liaison of {@code department}, with a phone. */
    protected ApiClient.DevUser liaison(String department) {
        String id = "liaison-" + UUID.randomUUID().toString().substring(0, 8);
        directory.liaison(new kaohe.supervision.directory.Person(id, "联络员" + id.substring(8), department,
                "139" + Math.abs(id.hashCode() % 100_000_000)));
        return new ApiClient.DevUser(id, "联络员" + id.substring(8), department, "LIAISON");
    }

    protected static String phoneOf(FixedDirectory directory, ApiClient.DevUser user) {
        return directory.liaisons(user.department()).stream().filter(p -> p.userId().equals(user.id()))
                .findFirst().orElseThrow().phone();
    }

    /** The monthly-check reminder of {@code user}'s department, {@code step} before its due date, by {@code channels}. */
    protected static DueReminder reminder(ApiClient.DevUser user, String obligationKey, String step,
                                          Channel... channels) {
        return new DueReminder(obligationKey, step, user.id(), user.name(), Audience.LIAISON, "plan-2020",
                user.department(), "8月月度检查将于8月31日到期", "请在8月31日前完成" + user.department() + "8月份的月度检查并提交。",
                "/mine/checks/" + obligationKey, LocalDate.of(2020, 8, 31),
                TODAY.atTime(8, 0).atZone(SHANGHAI).toInstant(), List.of(channels));
    }

    protected static String checkKey() {
        return "check:" + UUID.randomUUID();
    }

    protected String status(String obligationKey, String recipientId, Channel channel) {
        return jdbc.query("""
                        SELECT status FROM reminder_delivery
                         WHERE obligation_key = ? AND recipient_id = ? AND channel = ?""",
                (row, n) -> row.getString(1), obligationKey, recipientId, channel.name())
                .stream().findFirst().orElse(null);
    }

    protected static void await(String what, BooleanSupplier condition) {
        Eventually.await(what, condition);
    }

    /** Long enough for several dispatcher rounds (one a second) to have passed. */
    protected static void severalRounds() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
