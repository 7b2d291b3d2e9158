package kaohe.supervision.obligation;

import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.ExtensionRequestedEvent;
import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.Milestone;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.QuarterlyReportAcceptedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.ReportCorrectionApprovedEvent;
import kaohe.ledger.event.ReportCorrectionRequestedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.supervision.event.Audience;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What each context's events make owed and done, on the calendar's stable keys. */
class ObligationCalendarIntegrationTest extends ObligationsIntegrationTestBase {

    @Test
    void aPlanOwesEachDepartmentItsLiaisonAndEveryMonthAndQuarterFromItsIssue() {
        String planId = plan();
        assertThat(obligation(ObligationKeys.liaison(planId, XUANJIAO)).dueOn()).isEqualTo(LocalDate.of(2020, 7, 10));
        assertThat(jdbc.queryForList("""
                SELECT obligation_key FROM obligation WHERE plan_id = ? AND department = ? AND kind = 'MONTHLY_CHECK'
                 ORDER BY due_on""", String.class, planId, XUANJIAO)).containsExactly(
                ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-07"),
                ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-08"),
                ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-09"),
                ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-10"),
                ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-11"),
                ObligationKeys.monthlyCheck(planId, XUANJIAO, "2020-12"));
        var q3 = obligation(ObligationKeys.quarterlyReport(planId, XUANJIAO, "2020-Q3"));
        assertThat(q3.dueOn()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(q3.label()).isEqualTo("2020年第3季度 季度报告");
        assertThat(q3.owner()).isEqualTo(Audience.LIAISON);

        feed.publish("indicator", planId, LocalDate.of(2020, 7, 12), new LiaisonDesignatedEvent(planId, XUANJIAO,
                "周敏", "13900000000", LocalDate.of(2020, 7, 12), LocalDate.of(2020, 7, 10), 2));
        await("liaison designated", () -> obligation(ObligationKeys.liaison(planId, XUANJIAO)).done());
        assertThat(obligation(ObligationKeys.liaison(planId, XUANJIAO)).doneOn()).isEqualTo(LocalDate.of(2020, 7, 12));
        assertThat(obligation(ObligationKeys.liaison(planId, DUCHA)).done()).isFalse();
    }

    @Test
    void aReturnedReportIsOwedAgainAndTheOfficeOwesEachReview() {
        String planId = plan();
        String reportId = "report-" + planId;
        String key = ObligationKeys.quarterlyReport(planId, XUANJIAO, "2020-Q3");
        LocalDate due = LocalDate.of(2020, 9, 30);
        feed.publish("ledger", reportId, LocalDate.of(2020, 9, 20),
                new QuarterlyReportDraftedEvent(reportId, planId, XUANJIAO, "2020-Q3", due));
        feed.publish("ledger", reportId, LocalDate.of(2020, 10, 9), new QuarterlyReportSubmittedEvent(reportId,
                planId, XUANJIAO, "2020-Q3", 1, "三季度工作总结", List.of(), List.of(), LocalDate.of(2020, 10, 9),
                due, 9));
        String review = ObligationKeys.reportReview(reportId, 1);
        await("submitted", () -> obligations.find(review).isPresent());
        assertThat(obligation(key).done()).isTrue();
        assertThat(obligation(key).subjectId()).isEqualTo(reportId);
        assertThat(obligation(review).owner()).isEqualTo(Audience.OFFICE);
        assertThat(obligation(review).dueOn()).isEqualTo(LocalDate.of(2020, 10, 14));

        var returned = feed.publish("ledger", reportId, LocalDate.of(2020, 10, 12),
                new QuarterlyReportReturnedEvent(reportId, XUANJIAO, "2020-Q3", 1));
        await("returned", () -> !obligation(key).done());
        assertThat(obligation(key).dueOn()).as("five days after the return").isEqualTo(LocalDate.of(2020, 10, 17));
        assertThat(obligation(key).dueVersion()).isEqualTo(2);
        assertThat(obligation(review).done()).isTrue();
        assertThat(obligation(review).doneOn()).isEqualTo(LocalDate.of(2020, 10, 12));

        feed.send(returned);
        feed.publish("ledger", reportId, LocalDate.of(2020, 10, 15), new QuarterlyReportSubmittedEvent(reportId,
                planId, XUANJIAO, "2020-Q3", 2, "三季度工作总结（修改）", List.of(), List.of(),
                LocalDate.of(2020, 10, 15), due, 15));
        feed.publish("ledger", reportId, LocalDate.of(2020, 10, 16), new QuarterlyReportAcceptedEvent(reportId,
                XUANJIAO, "2020-Q3", 2, LocalDate.of(2020, 10, 16)));
        await("accepted", () -> obligations.find(ObligationKeys.reportReview(reportId, 2)).map(Obligation::done)
                .orElse(false));
        assertThat(obligation(key).done()).isTrue();
        assertThat(obligation(key).dueVersion()).as("the redelivered return reopened nothing twice").isEqualTo(2);

        feed.publish("ledger", reportId, LocalDate.of(2020, 10, 20), new ReportCorrectionRequestedEvent(reportId,
                "corr-" + planId, "更正", List.of()));
        String correction = ObligationKeys.correction("corr-" + planId);
        await("correction requested", () -> obligations.find(correction).isPresent());
        assertThat(obligation(correction).dueOn()).isEqualTo(LocalDate.of(2020, 10, 25));
        assertThat(obligation(correction).owner()).isEqualTo(Audience.OFFICE);
        feed.publish("ledger", reportId, LocalDate.of(2020, 10, 21), new ReportCorrectionApprovedEvent(reportId,
                "corr-" + planId, "三季度工作总结（修改）", "更正", List.of(), List.of()));
        await("correction decided", () -> obligation(correction).done());
    }

    @Test
    void aTasksDeadlineAndMilestonesFollowItsDefinesItsExtensionAndItsReportedProgress() {
        String planId = plan();
        String taskId = "task-" + planId;
        String checkId = "check-" + planId;
        var defines = defines(LocalDate.of(2020, 12, 31), List.of(
                new Milestone(LocalDate.of(2020, 9, 30), "完成 15 个"),
                new Milestone(LocalDate.of(2020, 11, 30), "完成 25 个")));
        feed.publish("ledger", taskId, LocalDate.of(2020, 8, 5), new LedgerTaskDraftedEvent(taskId, planId,
                planId + "-ind-1", XUANJIAO, CarriedAs.LEAD, "创建示范镇街", defines));
        String deadline = ObligationKeys.taskDeadline(taskId);
        String september = ObligationKeys.taskMilestone(taskId, LocalDate.of(2020, 9, 30));
        String november = ObligationKeys.taskMilestone(taskId, LocalDate.of(2020, 11, 30));
        await("task defined", () -> obligations.find(november).isPresent());
        assertThat(obligation(deadline).dueOn()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(obligation(september).label()).isEqualTo("「创建示范镇街」节点：完成 15 个");

        feed.publish("ledger", checkId, LocalDate.of(2020, 9, 28),
                new MonthlyCheckOpenedEvent(checkId, planId, XUANJIAO, "2020-09", LocalDate.of(2020, 9, 30)));
        feed.publish("ledger", checkId, LocalDate.of(2020, 9, 28), new TaskProgressRecordedEvent(checkId, XUANJIAO,
                "2020-09", taskId, planId + "-ind-1", new BigDecimal("15"), "个", ProgressStatus.ON_TRACK, ""));
        await("september's progress reported", () -> obligation(september).done());
        assertThat(obligation(november).done()).isFalse();
        assertThat(obligation(deadline).done()).isFalse();

        feed.publish("ledger", checkId, LocalDate.of(2020, 10, 10), new GapFoundEvent(checkId, "gap-" + planId,
                XUANJIAO, taskId, "台账缺少验收材料", "周敏", LocalDate.of(2020, 10, 20)));
        String gap = ObligationKeys.gap("gap-" + planId);
        await("gap found", () -> obligations.find(gap).isPresent());
        assertThat(Links.of(obligation(gap), Audience.LIAISON)).isEqualTo("/mine/checks/" + checkId);
        feed.publish("ledger", checkId, LocalDate.of(2020, 10, 15),
                new GapClosedEvent(checkId, "gap-" + planId, "已补齐", LocalDate.of(2020, 10, 15)));
        await("gap closed", () -> obligation(gap).done());

        feed.publish("ledger", taskId, LocalDate.of(2020, 11, 2), new ExtensionRequestedEvent(taskId, "ext-1",
                LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 31)));
        String extension = ObligationKeys.extension("ext-1");
        await("extension requested", () -> obligations.find(extension).isPresent());
        assertThat(obligation(extension).owner()).isEqualTo(Audience.OFFICE);
        assertThat(obligation(extension).dueOn()).isEqualTo(LocalDate.of(2020, 11, 7));
        feed.publish("ledger", taskId, LocalDate.of(2020, 11, 3), new ExtensionApprovedEvent(taskId, "ext-1",
                LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 31)));
        await("extension approved", () -> obligation(extension).done());
        assertThat(obligation(deadline).dueOn()).isEqualTo(LocalDate.of(2021, 1, 31));
        assertThat(obligation(deadline).dueVersion()).isEqualTo(2);

        // revised defines drop the November milestone and add one in December
        feed.publish("ledger", taskId, LocalDate.of(2020, 11, 4), new LedgerTaskDefinesRevisedEvent(taskId,
                List.of(), defines, defines(LocalDate.of(2021, 1, 31), List.of(
                        new Milestone(LocalDate.of(2020, 9, 30), "完成 15 个"),
                        new Milestone(LocalDate.of(2020, 12, 15), "完成 25 个")))));
        String december = ObligationKeys.taskMilestone(taskId, LocalDate.of(2020, 12, 15));
        await("defines revised", () -> obligations.find(december).isPresent());
        assertThat(obligations.find(november)).isEmpty();
        assertThat(obligation(september).done()).isTrue();

        feed.publish("ledger", checkId, LocalDate.of(2020, 12, 1), new TaskProgressRecordedEvent(checkId, XUANJIAO,
                "2020-11", taskId, planId + "-ind-1", new BigDecimal("30"), "个", ProgressStatus.DONE, "已完成"));
        await("task done", () -> obligation(deadline).done());
        assertThat(obligation(december).done()).isTrue();
        assertThat(obligation(december).doneOn()).isEqualTo(LocalDate.of(2020, 12, 1));
    }

    private static SixDefines defines(LocalDate deadline, List<Milestone> milestones) {
        return new SixDefines("重点工作", null, true, "通过验收", deadline, milestones, XUANJIAO, "周敏", "逐一验收");
    }
}
