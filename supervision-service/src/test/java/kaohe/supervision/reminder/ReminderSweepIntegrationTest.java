package kaohe.supervision.reminder;

import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.obligation.ObligationKeys;
import kaohe.supervision.obligation.ObligationsIntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** One month of one department on a moving business day: reminders before, none after the check, escalation. */
class ReminderSweepIntegrationTest extends ObligationsIntegrationTestBase {

    @Test
    void remindsThreeDaysAndOneDayBeforeMonthEndAndNothingOnceTheCheckIsSubmitted() {
        String planId = plan();
        String august = ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-08");
        for (int day = 20; day <= 29; day++) {
            sweep.sweep(LocalDate.of(2020, 8, day));
        }
        assertThat(outbox.keys(august)).containsExactly(august + "|before-3|" + XUANJIAO_LIAISON.id());
        DueReminder first = outbox.handed(august).get(0);
        assertThat(first.body()).isEqualTo("提醒：宣传教育处 2020年8月 月度检查 将于 8月31日 到期（还有3天）");
        assertThat(first.audience()).isEqualTo(Audience.LIAISON);
        assertThat(first.link()).isEqualTo("/mine/checks");
        assertThat(first.channels()).containsExactly(Channel.INBOX, Channel.EMAIL);
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2020, 8, 31));

        sweep.sweep(LocalDate.of(2020, 8, 30));
        assertThat(outbox.keys(august)).containsExactly(august + "|before-3|" + XUANJIAO_LIAISON.id(),
                august + "|before-1|" + XUANJIAO_LIAISON.id());

        clock.today(LocalDate.of(2020, 8, 30));
        LocalDate due = LocalDate.of(2020, 8, 31);
        feed.publish("ledger", "check-" + planId, LocalDate.of(2020, 8, 30),
                new MonthlyCheckOpenedEvent("check-" + planId, planId, XUANJIAO, "2020-08", due));
        feed.publish("ledger", "check-" + planId, LocalDate.of(2020, 8, 30), new MonthlyCheckSubmittedEvent(
                "check-" + planId, XUANJIAO, "2020-08", LocalDate.of(2020, 8, 30), due, 0));
        await("the check submitted", () -> obligation(august).done());
        for (int day = 30; day <= 40; day++) {
            sweep.sweep(LocalDate.of(2020, 8, 1).plusDays(day - 1));
        }
        assertThat(outbox.keys(august)).containsExactly(august + "|before-3|" + XUANJIAO_LIAISON.id(),
                august + "|before-1|" + XUANJIAO_LIAISON.id());
        assertThat(obligation(august).doneOn()).isEqualTo(LocalDate.of(2020, 8, 30));
    }

    @Test
    void aLateCheckEscalatesToTheLeaderOnDayThreeAndTheOfficeOnDaySeven() {
        String planId = plan();
        String september = ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-09");
        for (LocalDate day = LocalDate.of(2020, 9, 25); !day.isAfter(LocalDate.of(2020, 10, 12));
             day = day.plusDays(1)) {
            sweep.sweep(day);
        }
        Map<String, TreeSet<String>> byStep = new TreeMap<>();
        outbox.handed(september).forEach(reminder -> byStep.computeIfAbsent(reminder.step(), step -> new TreeSet<>())
                .add(reminder.recipientId() + "/" + reminder.audience()));
        assertThat(byStep).containsExactly(
                Map.entry("after-1", new TreeSet<>(List.of("liaison-xuanjiao/LIAISON"))),
                Map.entry("after-3", new TreeSet<>(List.of("leader-zhang/LEADER", "liaison-xuanjiao/LIAISON"))),
                Map.entry("after-7", new TreeSet<>(List.of("leader-zhang/LEADER", "liaison-xuanjiao/LIAISON",
                        "office-admin/OFFICE"))),
                Map.entry("before-1", new TreeSet<>(List.of("liaison-xuanjiao/LIAISON"))),
                Map.entry("before-3", new TreeSet<>(List.of("liaison-xuanjiao/LIAISON"))),
                Map.entry("due", new TreeSet<>(List.of("liaison-xuanjiao/LIAISON"))));
        var toTheOffice = outbox.handed(september).stream()
                .filter(reminder -> reminder.recipientId().equals(OFFICE.id())).findFirst().orElseThrow();
        assertThat(toTheOffice.body()).isEqualTo("督促：宣传教育处 2020年9月 月度检查 已于 9月30日 到期，逾期7天，请尽快办理");
        assertThat(toTheOffice.link()).isEqualTo("/ledger");
        var toTheLeader = outbox.handed(september).stream()
                .filter(reminder -> reminder.recipientId().equals(LEADER.id())).findFirst().orElseThrow();
        assertThat(toTheLeader.step()).isEqualTo("after-3");
        assertThat(toTheLeader.link()).isEqualTo("/ledger");
        // the other department's leader-less check never reaches leader-zhang, who follows only 宣传教育处
        assertThat(outbox.handed(ObligationKeys.monthlyCheck(planId, DUCHA, "2020-09")))
                .noneMatch(reminder -> reminder.recipientId().equals(LEADER.id()));
    }

    @Test
    void aMissedStepIsCaughtUpForTwoDaysAndNoLonger() {
        String planId = plan();
        String september = ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-09");
        sweep.sweep(LocalDate.of(2020, 10, 10));
        assertThat(outbox.handed(september)).as("after-7 fell due on 10月7日, three days ago").isEmpty();
        sweep.sweep(LocalDate.of(2020, 10, 9));
        assertThat(outbox.keys(september)).contains(september + "|after-7|" + OFFICE.id());
        // a plan years in the past floods nobody
        String planOfLongAgo = plan();
        sweep.sweep(LocalDate.of(2023, 3, 1));
        assertThat(outbox.handed(planOfLongAgo)).isEmpty();
    }

    @Test
    void aSecondSweepAndARedeliveredEventRecordNothingNew() {
        String planId = plan();
        String august = ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-08");
        var first = sweep.sweep(LocalDate.of(2020, 9, 3));
        assertThat(first.newlyRecorded()).isPositive();
        var keys = outbox.keys(planId);
        assertThat(keys).contains(august + "|after-3|" + LEADER.id());

        var again = sweep.sweep(LocalDate.of(2020, 9, 3));
        assertThat(again.remindersDue()).isEqualTo(first.remindersDue());
        assertThat(again.newlyRecorded()).isZero();
        assertThat(outbox.keys(planId)).isEqualTo(keys);

        clock.today(LocalDate.of(2020, 9, 3));
        var opened = feed.publish("ledger", "check-" + planId, LocalDate.of(2020, 9, 3),
                new MonthlyCheckOpenedEvent("check-" + planId, planId, XUANJIAO, "2020-08",
                        LocalDate.of(2020, 8, 31)));
        feed.send(opened);
        await("the check opened", () -> "check-%s".formatted(planId).equals(obligation(august).subjectId()));
        assertThat(obligation(august).dueVersion()).as("the same due date: the same reminders").isEqualTo(1);
        assertThat(sweep.sweep(LocalDate.of(2020, 9, 3)).newlyRecorded()).isZero();
        assertThat(outbox.keys(planId)).isEqualTo(keys);
    }
}
