package kaohe.supervision.obligation;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.identity.account.event.AccountCreatedEvent;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.supervision.SupervisionTestConfiguration;
import kaohe.supervision.reminder.RecordingOutbox;
import kaohe.supervision.reminder.ReminderSweep;
import kaohe.testengines.ApiClient;
import kaohe.testengines.Eventually;
import kaohe.testengines.MutableClock;
import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The supervision service on the real engines, on a business day the test sets; the other contexts' events reach
 * it as they do in production, on Kafka. The scheduled sweep stays out of the way (a day apart, in
 * {@code config/application.properties} of the tests): the tests sweep.
 */
@Import(SupervisionTestConfiguration.class)
public abstract class ObligationsIntegrationTestBase extends ServiceTest {

    public static final String XUANJIAO = "宣传教育处";
    public static final String DUCHA = "督查处";
    public static final ApiClient.DevUser OFFICE = new ApiClient.DevUser("office-admin", "办公室管理员", "办公室",
            "OFFICE");
    public static final ApiClient.DevUser XUANJIAO_LIAISON = new ApiClient.DevUser("liaison-xuanjiao", "周敏",
            XUANJIAO, "LIAISON");
    public static final ApiClient.DevUser DUCHA_LIAISON = new ApiClient.DevUser("liaison-ducha", "王敏", DUCHA,
            "LIAISON");
    public static final ApiClient.DevUser LEADER = new ApiClient.DevUser("leader-zhang", "张新鳌", null, "LEADER");
    public static final ApiClient.DevUser OTHER_LEADER = new ApiClient.DevUser("leader-duan", "段重利", null,
            "LEADER");
    public static final ApiClient.DevUser AUDITOR = new ApiClient.DevUser("auditor", "审计员", null, "AUDITOR");

    /** Each plan owes per department: its liaison, six monthly checks (July to December), two quarterly reports. */
    protected static final int OWED_PER_DEPARTMENT = 9;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected RecordingOutbox outbox;

    @Autowired
    protected ReminderSweep sweep;

    @Autowired
    protected ObligationStore obligations;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    protected ObjectMapper json;

    protected ApiClient api;
    protected EventsFeed feed;

    @BeforeEach
    void standOnADay() {
        api = new ApiClient(http);
        feed = new EventsFeed(kafka, json);
        clock.today(LocalDate.of(2020, 8, 1));
    }

    /**
     * A 2020 plan issued 2020-07-07 (liaisons due 7月10日) with 宣传教育处 and 督查处, and one indicator led by
     * 宣传教育处 whose leader 张新鳌 signs in as leader-zhang; once the calendar and the directory have it all.
     */
    protected String plan() {
        accounts();
        String planId = "p-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate issued = LocalDate.of(2020, 7, 7);
        feed.publish("indicator", planId, issued, new AssessmentPlanDefinedEvent(planId, 2020, "2020年度目标责任考核",
                "市审批局", "市审批发〔2020〕14号", issued, LocalDate.of(2020, 7, 10)));
        for (String department : List.of(XUANJIAO, DUCHA)) {
            feed.publish("indicator", planId, issued, new DepartmentRegisteredEvent(planId, department));
        }
        feed.publish("indicator", planId, issued, new LeaderAccountLinkedEvent(planId, "张新鳌", null, LEADER.id()));
        String indicatorId = planId + "-ind-1";
        feed.publish("indicator", indicatorId, issued, new IndicatorDefinedEvent(indicatorId, planId,
                IndicatorKind.COMMON, "共性指标-1", "意识形态工作", "落实意识形态工作责任制。", false, List.of(),
                List.of(XUANJIAO), List.of(), false, List.of("张新鳌"), null));
        await("calendar and directory of " + planId, () -> count(
                "SELECT COUNT(*) FROM obligation WHERE plan_id = ?", planId) == 2 * OWED_PER_DEPARTMENT
                && count("SELECT COUNT(*) FROM directory_indicator_department WHERE indicator_id = ?",
                indicatorId) == 1
                && count("SELECT COUNT(*) FROM directory_plan_leader WHERE plan_id = ?", planId) == 1);
        return planId;
    }

    private void accounts() {
        for (var user : List.of(OFFICE, XUANJIAO_LIAISON, DUCHA_LIAISON, LEADER, OTHER_LEADER, AUDITOR)) {
            feed.publish("identity", user.id(), null, new AccountCreatedEvent(user.id(), user.name(),
                    user.department(), "1390000" + Math.abs(user.id().hashCode() % 10000), List.of(user.roles())));
        }
        await("accounts", () -> count("SELECT COUNT(*) FROM directory_account WHERE account_id IN (?, ?, ?, ?, ?, ?)",
                OFFICE.id(), XUANJIAO_LIAISON.id(), DUCHA_LIAISON.id(), LEADER.id(), OTHER_LEADER.id(),
                AUDITOR.id()) == 6);
    }

    protected Obligation obligation(String key) {
        return obligations.find(key).orElseThrow(() -> new AssertionError("no obligation " + key));
    }

    protected static void await(String what, BooleanSupplier condition) {
        Eventually.await(what, condition);
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
