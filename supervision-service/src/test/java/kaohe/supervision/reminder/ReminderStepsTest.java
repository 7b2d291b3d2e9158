package kaohe.supervision.reminder;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;
import kaohe.supervision.obligation.Obligation;
import kaohe.supervision.obligation.ObligationKind;
import kaohe.supervision.policy.ReminderPolicy;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which step of a policy a sweep on a day sends, if any. */
class ReminderStepsTest {

    private static final LocalDate DUE = LocalDate.of(2020, 8, 31);
    private static final Obligation OF_A_DEPARTMENT = Obligation.open("MONTHLY_CHECK:p:宣传教育处:2020-08",
            ObligationKind.MONTHLY_CHECK, "p", "宣传教育处", null, null, "2020年8月 月度检查", DUE, Audience.LIAISON);
    private static final Obligation OF_THE_OFFICE = Obligation.open("REPORT_REVIEW:r:1",
            ObligationKind.REPORT_REVIEW, "p", "宣传教育处", "r", "r", "审核", DUE, Audience.OFFICE);

    @Test
    void theDefaultPolicyRemindsBeforeOnAndAfterTheDay() {
        assertThat(step(OF_A_DEPARTMENT, DUE.minusDays(4))).isNull();
        assertThat(step(OF_A_DEPARTMENT, DUE.minusDays(3))).isEqualTo("before-3 [LIAISON]");
        assertThat(step(OF_A_DEPARTMENT, DUE.minusDays(2))).as("caught up").isEqualTo("before-3 [LIAISON]");
        assertThat(step(OF_A_DEPARTMENT, DUE.minusDays(1))).isEqualTo("before-1 [LIAISON]");
        assertThat(step(OF_A_DEPARTMENT, DUE)).isEqualTo("due [LIAISON]");
        assertThat(step(OF_A_DEPARTMENT, DUE.plusDays(1))).isEqualTo("after-1 [LIAISON]");
        assertThat(step(OF_A_DEPARTMENT, DUE.plusDays(3))).isEqualTo("after-3 [LIAISON, LEADER]");
        assertThat(step(OF_A_DEPARTMENT, DUE.plusDays(7))).isEqualTo("after-7 [LIAISON, LEADER, OFFICE]");
        assertThat(step(OF_A_DEPARTMENT, DUE.plusDays(9))).isEqualTo("after-7 [LIAISON, LEADER, OFFICE]");
        assertThat(step(OF_A_DEPARTMENT, DUE.plusDays(10))).as("beyond the catch-up days").isNull();
    }

    @Test
    void theOfficesOwnObligationEscalatesOnlyToTheOffice() {
        assertThat(step(OF_THE_OFFICE, DUE.minusDays(3))).isEqualTo("before-3 [OFFICE]");
        assertThat(step(OF_THE_OFFICE, DUE.plusDays(1))).as("after-1 reaches only liaisons: no step")
                .isEqualTo("due [OFFICE]");
        assertThat(step(OF_THE_OFFICE, DUE.plusDays(3))).isNull();
        assertThat(step(OF_THE_OFFICE, DUE.plusDays(7))).isEqualTo("after-7 [OFFICE]");
    }

    @Test
    void aMovedDueDateHasStepsOfItsOwnAndAPolicyItsOwnSteps() {
        var moved = new Obligation(OF_A_DEPARTMENT.key(), OF_A_DEPARTMENT.kind(), "p", "宣传教育处", null, null,
                "x", DUE, DUE.plusDays(10), 2, Audience.LIAISON, false, null);
        assertThat(step(moved, DUE.plusDays(7))).isEqualTo("before-3~v2 [LIAISON]");
        var policy = new ReminderPolicy(1, List.of(5), false, List.of(new EscalationStep(2, List.of(Audience.OFFICE))),
                LocalTime.of(22, 0), LocalTime.of(8, 0), List.of(Channel.INBOX));
        assertThat(ReminderSteps.due(policy, OF_A_DEPARTMENT, DUE.minusDays(5), 0).orElseThrow().name())
                .isEqualTo("before-5");
        assertThat(ReminderSteps.due(policy, OF_A_DEPARTMENT, DUE.plusDays(2), 0).orElseThrow().audiences())
                .containsExactly(Audience.OFFICE);
        assertThat(ReminderSteps.due(policy, OF_A_DEPARTMENT, DUE.minusDays(2), 0)).isEmpty();
    }

    @Test
    void aSweepLooksOnlyAtDueDatesThatCanHaveAStepFallingDue() {
        LocalDate day = LocalDate.of(2020, 8, 28);
        var candidates = ReminderSteps.candidateDueDates(List.of(ReminderPolicy.DEFAULT), day, 2);
        for (LocalDate due = day.minusDays(120); due.isBefore(day.plusDays(120)); due = due.plusDays(1)) {
            var obligation = Obligation.open("k", ObligationKind.GAP, "p", "d", null, null, "x", due,
                    Audience.LIAISON);
            assertThat(candidates.contains(due)).as(due.toString())
                    .isEqualTo(ReminderSteps.due(ReminderPolicy.DEFAULT, obligation, day, 2).isPresent());
        }
    }

    private static String step(Obligation obligation, LocalDate day) {
        return ReminderSteps.due(ReminderPolicy.DEFAULT, obligation, day, 2)
                .map(step -> step.name() + " " + step.audiences()).orElse(null);
    }
}
