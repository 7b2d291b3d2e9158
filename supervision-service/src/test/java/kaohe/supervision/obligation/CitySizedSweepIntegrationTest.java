package kaohe.supervision.obligation;

import kaohe.identity.account.event.AccountCreatedEvent;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.Milestone;
import kaohe.ledger.event.SixDefines;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.supervision.reminder.ReminderSweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city-sized plan — 100 departments × 50 indicators, one ledger task each with its deadline and 12 monthly
 * milestones, 12 months of checks and 4 quarters of reports — loaded through the calendar's own consumers, then
 * swept. The bound asserted is generous; the figure that counts is the bench's, this prints what it saw here.
 */
class CitySizedSweepIntegrationTest extends ObligationsIntegrationTestBase {

    private static final int DEPARTMENTS = 100;
    private static final int INDICATORS = 50;
    private static final int LEADERS = 5;
    private static final int YEAR = 2031;

    @Autowired
    private IdempotentConsumer consumer;

    @Autowired
    private PlanObligations plans;

    @Autowired
    private LedgerObligations ledger;

    @BeforeEach
    void keepTheCitysRemindersHere() {
        outbox.passOn(false);
    }

    @AfterEach
    void passRemindersOnAgain() {
        outbox.passOn(true);
    }

    @Test
    void sweepsADayOfACitySizedPlanWellWithinItsBound() {
        String planId = "city-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> departments = IntStream.range(0, DEPARTMENTS).mapToObj(i -> "处室-%03d".formatted(i)).toList();
        directory(planId, departments);

        long loading = System.nanoTime();
        LocalDate issued = LocalDate.of(YEAR, 1, 5);
        indicator(planId, new AssessmentPlanDefinedEvent(planId, YEAR, "城市规模考核", "市政府", "市发〔2031〕1号",
                issued, LocalDate.of(YEAR, 1, 15)));
        departments.forEach(department -> indicator(planId, new DepartmentRegisteredEvent(planId, department)));
        var milestones = new ArrayList<Milestone>();
        for (int month = 1; month <= 12; month++) {
            milestones.add(new Milestone(YearMonth.of(YEAR, month).atEndOfMonth(), month + "月节点"));
        }
        var defines = new SixDefines("重点工作", null, true, "通过验收", LocalDate.of(YEAR, 12, 31), milestones,
                "牵头处室", "负责人", "按月推进");
        for (String department : departments) {
            for (int indicator = 0; indicator < INDICATORS; indicator++) {
                String taskId = planId + "-" + department + "-" + indicator;
                var event = new LedgerTaskDraftedEvent(taskId, planId, planId + "-ind-" + indicator, department,
                        CarriedAs.COOPERATING, "任务" + indicator, defines);
                consumer.consume(EventsFeed.envelope(json, "ledger", taskId, issued, event), ledger.events());
            }
        }
        long owed = count("SELECT COUNT(*) FROM obligation WHERE plan_id = ?", planId);
        assertThat(owed).isEqualTo(DEPARTMENTS * (1 + 12 + 4 + INDICATORS * 13L));
        System.out.printf("city-sized calendar: %d obligations loaded through the consumers in %d ms%n", owed,
                (System.nanoTime() - loading) / 1_000_000);

        // three days before August's end: every department's check and all its tasks' milestones
        ReminderSweep.Outcome before = timed(LocalDate.of(YEAR, 8, 28));
        assertThat(before.remindersDue()).isEqualTo(DEPARTMENTS * (1 + INDICATORS));
        // three days after it: each also escalated to the department's five leaders
        ReminderSweep.Outcome after = timed(LocalDate.of(YEAR, 9, 3));
        assertThat(after.remindersDue()).isEqualTo(DEPARTMENTS * (1 + INDICATORS) * (1 + LEADERS));
        ReminderSweep.Outcome again = timed(LocalDate.of(YEAR, 9, 3));
        assertThat(again.newlyRecorded()).isZero();
        assertThat(before.tookMs()).isLessThan(5_000);
        assertThat(after.tookMs()).isLessThan(5_000);
    }

    private ReminderSweep.Outcome timed(LocalDate day) {
        long started = System.nanoTime();
        var outcome = sweep.sweep(day);
        System.out.printf("reminder.sweep %s: %d open obligations looked at, %d reminders due, %d newly recorded;"
                        + " sweep %d ms (wall %d ms)%n", day, outcome.obligations(), outcome.remindersDue(),
                outcome.newlyRecorded(), outcome.tookMs(), (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    private void indicator(String planId, Object event) {
        consumer.consume(EventsFeed.envelope(json, "indicator", planId, LocalDate.of(YEAR, 1, 5), event),
                plans.events());
    }

    /** The people: a liaison per department, five leaders each answering for ten indicators every department carries. */
    private void directory(String planId, List<String> departments) {
        for (String department : departments) {
            String id = "liaison-" + planId + "-" + department;
            feed.publish("identity", id, null, new AccountCreatedEvent(id, "联络员" + department, department,
                    "13900000000", List.of("LIAISON")));
        }
        for (int leader = 0; leader < LEADERS; leader++) {
            String id = "leader-" + planId + "-" + leader;
            feed.publish("identity", id, null, new AccountCreatedEvent(id, "领导" + leader, null, "13900000001",
                    List.of("LEADER")));
            feed.publish("indicator", planId, null, new LeaderAccountLinkedEvent(planId, "领导" + leader, null, id));
        }
        for (int indicator = 0; indicator < INDICATORS; indicator++) {
            String indicatorId = planId + "-ind-" + indicator;
            feed.publish("indicator", indicatorId, null, new IndicatorDefinedEvent(indicatorId, planId,
                    IndicatorKind.COMMON, "共性指标-" + indicator, "共性", "指标" + indicator, false, List.of(),
                    List.of(), departments, false, List.of("领导" + indicator % LEADERS), null));
        }
        await("the city's directory", () -> count("""
                SELECT (SELECT COUNT(*) FROM directory_account WHERE account_id LIKE ?)
                     + (SELECT COUNT(*) FROM directory_plan_leader WHERE plan_id = ?)
                     + (SELECT COUNT(*) FROM directory_indicator WHERE plan_id = ?)""", "%-" + planId + "-%",
                planId, planId) == DEPARTMENTS + 2L * LEADERS + INDICATORS);
    }
}
