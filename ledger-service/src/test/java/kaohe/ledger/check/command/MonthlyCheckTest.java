package kaohe.ledger.check.command;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.catalog.SeedPlanCatalog;
import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.MonthlySummaryWrittenEvent;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class MonthlyCheckTest {

    private static final String CHECK = "check-2020-08";
    private static final String PLAN = SeedPlanCatalog.PLAN;
    private static final String LEAD = SeedPlanCatalog.LEAD;
    private static final String COOPERATING = SeedPlanCatalog.COOPERATING;
    private static final String AUGUST = "2020-08";
    private static final LocalDate AUGUST_END = LocalDate.of(2020, 8, 31);
    private static final String DEMO_TOWNS_TASK = "task-3-1";
    private static final String IDEOLOGY_TASK = "task-ideology-1";
    private static final String DRAFT_TASK = "task-3-2";
    private static final String COOPERATING_TASK = "task-3-9";
    private static final String LAST_YEARS_TASK = "task-2019-3";

    private static final MonthlyCheckOpenedEvent OPENED = new MonthlyCheckOpenedEvent(CHECK, PLAN, LEAD, AUGUST,
            AUGUST_END);
    private static final TaskProgressRecordedEvent TOWNS_PROGRESS = new TaskProgressRecordedEvent(CHECK, LEAD, AUGUST,
            DEMO_TOWNS_TASK, "ind-3", new BigDecimal("12"), "个", ProgressStatus.ON_TRACK, "已建成 12 个示范镇街");
    private static final GapFoundEvent GAP = new GapFoundEvent(CHECK, "gap-1", LEAD, DEMO_TOWNS_TASK,
            "3 个示范镇街未按期完成验收资料", "政务服务管理处负责人", LocalDate.of(2020, 9, 15));
    private static final MonthlySummaryWrittenEvent SUMMARY = new MonthlySummaryWrittenEvent(CHECK, null,
            "8 月示范镇街建设正常推进，查出问题 1 项。");
    private static final MonthlyCheckSubmittedEvent SUBMITTED = new MonthlyCheckSubmittedEvent(CHECK, LEAD, AUGUST,
            AUGUST_END, AUGUST_END, 0);

    private AggregateTestFixture<MonthlyCheck> fixture;

    /** The departments' ledgers: submitted, draft, qualitative, another department's and last year's tasks. */
    private static final class Ledgers implements TaskDirectory {
        private final Map<String, TaskFacts> tasks = Map.of(
                DEMO_TOWNS_TASK, new TaskFacts(DEMO_TOWNS_TASK, PLAN, LEAD, "ind-3", true,
                        new Quantity(new BigDecimal("30"), "个", "T1"), false),
                IDEOLOGY_TASK, new TaskFacts(IDEOLOGY_TASK, PLAN, LEAD, "ind-ideology", true, null, true),
                DRAFT_TASK, new TaskFacts(DRAFT_TASK, PLAN, LEAD, "ind-3", false,
                        new Quantity(new BigDecimal("40"), "个", "T2"), false),
                COOPERATING_TASK, new TaskFacts(COOPERATING_TASK, PLAN, COOPERATING, "ind-3", true,
                        new Quantity(new BigDecimal("8"), "项", null), false),
                LAST_YEARS_TASK, new TaskFacts(LAST_YEARS_TASK, "plan-2019", LEAD, "ind-2019-3", true,
                        new Quantity(new BigDecimal("20"), "个", null), false));

        @Override
        public Optional<TaskFacts> task(String taskId) {
            return Optional.ofNullable(tasks.get(taskId));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = at("2020-08-31T02:00:00Z");
    }

    /** A fixture whose business calendar stands at {@code instant} (business dates are Asia/Shanghai). */
    private static AggregateTestFixture<MonthlyCheck> at(String instant) {
        return at(instant, new BusinessCalendar.Deadlines(0, 0));
    }

    private static AggregateTestFixture<MonthlyCheck> at(String instant, BusinessCalendar.Deadlines deadlines) {
        var fixture = new AggregateTestFixture<>(MonthlyCheck.class);
        fixture.registerInjectableResource(new SeedPlanCatalog());
        fixture.registerInjectableResource(new Ledgers());
        fixture.registerInjectableResource(
                new BusinessCalendar(BusinessDay.real(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)), deadlines));
        return fixture;
    }

    private static RecordTaskProgressCommand progress(String taskId, String value, String unit) {
        return new RecordTaskProgressCommand(CHECK, null, taskId, value == null ? null : new BigDecimal(value), unit,
                ProgressStatus.ON_TRACK, "已建成 12 个示范镇街");
    }

    private static RecordGapCommand gap(String taskId, String description, String owner, LocalDate fixBy) {
        return new RecordGapCommand(CHECK, "gap-1", taskId, description, owner, fixBy);
    }

    // --- opening --------------------------------------------------------------------------------------------------

    @Test
    void opensTheMonthsCheckDueAtMonthEnd() {
        fixture.givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand(CHECK, PLAN, LEAD, AUGUST))
                .expectEvents(OPENED);
    }

    @Test
    void theDueDateIncludesTheConfiguredGrace() {
        at("2020-08-31T02:00:00Z", new BusinessCalendar.Deadlines(3, 0)).givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand(CHECK, PLAN, LEAD, AUGUST))
                .expectEvents(new MonthlyCheckOpenedEvent(CHECK, PLAN, LEAD, AUGUST, LocalDate.of(2020, 9, 3)));
    }

    @Test
    void refusesACheckOfAnUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand(CHECK, "plan-2019", LEAD, "2019-08"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-plan");
    }

    @Test
    void refusesAMalformedMonthOrOneOutsideThePlanYear() {
        fixture.givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand(CHECK, PLAN, LEAD, "2020-8"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("invalid-month");
        fixture.givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand(CHECK, PLAN, LEAD, "2019-12"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("month-outside-year");
    }

    @Test
    void refusesAMonthThatHasNotBegunInShanghai() {
        // 2020-08-31T15:59Z is 23:59 on 31 August in Shanghai: September has not begun
        at("2020-08-31T15:59:00Z").givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand(CHECK, PLAN, LEAD, "2020-09"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("month-in-future");
        // 2020-08-31T16:00Z is midnight of 1 September in Shanghai, though still 31 August in UTC
        at("2020-08-31T16:00:00Z").givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand("check-2020-09", PLAN, LEAD, "2020-09"))
                .expectEvents(new MonthlyCheckOpenedEvent("check-2020-09", PLAN, LEAD, "2020-09",
                        LocalDate.of(2020, 9, 30)));
    }

    @Test
    void refusesACheckOfADepartmentNotInThePlan() {
        fixture.givenNoPriorActivity()
                .when(new OpenMonthlyCheckCommand(CHECK, PLAN, "市级不存在处", AUGUST))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-department");
    }

    // --- progress -------------------------------------------------------------------------------------------------

    @Test
    void recordsProgressInTheTasksUnit() {
        fixture.given(OPENED)
                .when(progress(DEMO_TOWNS_TASK, "12", "个"))
                .expectEvents(TOWNS_PROGRESS);
    }

    @Test
    void recordsAQualitativeTasksProgressWithoutValue() {
        fixture.given(OPENED)
                .when(new RecordTaskProgressCommand(CHECK, null, IDEOLOGY_TASK, null, null, ProgressStatus.DONE,
                        "党组已专题研究意识形态工作"))
                .expectEvents(new TaskProgressRecordedEvent(CHECK, LEAD, AUGUST, IDEOLOGY_TASK, "ind-ideology", null,
                        null, ProgressStatus.DONE, "党组已专题研究意识形态工作"));
    }

    @Test
    void refusesAValueOrUnitOnAQualitativeTask() {
        fixture.given(OPENED)
                .when(progress(IDEOLOGY_TASK, "1", "次"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("qualitative-task-has-no-value");
        fixture.given(OPENED)
                .when(progress(IDEOLOGY_TASK, null, "次"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("qualitative-task-has-no-value");
    }

    @Test
    void refusesProgressInAnotherUnitThanTheTasks() {
        fixture.given(OPENED)
                .when(progress(DEMO_TOWNS_TASK, "40", "%"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unit-mismatch");
        fixture.given(OPENED)
                .when(progress(DEMO_TOWNS_TASK, "12", null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unit-mismatch");
    }

    @Test
    void refusesAMissingOrNegativeValueOnAQuantifiedTask() {
        fixture.given(OPENED)
                .when(progress(DEMO_TOWNS_TASK, null, "个"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("actual-value-required");
        fixture.given(OPENED)
                .when(progress(DEMO_TOWNS_TASK, "-1", "个"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("negative-progress");
    }

    @Test
    void refusesProgressWithoutStatus() {
        fixture.given(OPENED)
                .when(new RecordTaskProgressCommand(CHECK, null, DEMO_TOWNS_TASK, new BigDecimal("12"), "个", null,
                        null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("status-required");
    }

    @Test
    void refusesProgressOnADraftTask() {
        fixture.given(OPENED)
                .when(progress(DRAFT_TASK, "5", "个"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-submitted");
    }

    @Test
    void refusesProgressOnATaskOutsideTheDepartmentsLedgerForThePlan() {
        fixture.given(OPENED)
                .when(progress(COOPERATING_TASK, "3", "项"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-in-ledger");
        fixture.given(OPENED)
                .when(progress(LAST_YEARS_TASK, "3", "个"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-in-ledger");
        fixture.given(OPENED)
                .when(progress("task-404", "3", "个"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-in-ledger");
    }

    @Test
    void recordingAgainReplacesTheEntryButNotWithTheSame() {
        var revised = new TaskProgressRecordedEvent(CHECK, LEAD, AUGUST, DEMO_TOWNS_TASK, "ind-3",
                new BigDecimal("13"), "个", ProgressStatus.BEHIND, "验收资料滞后");
        fixture.given(OPENED, TOWNS_PROGRESS)
                .when(new RecordTaskProgressCommand(CHECK, null, DEMO_TOWNS_TASK, new BigDecimal("13"), "个",
                        ProgressStatus.BEHIND, "验收资料滞后"))
                .expectEvents(revised);
        fixture.given(OPENED, TOWNS_PROGRESS)
                .when(progress(DEMO_TOWNS_TASK, "12", "个"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
    }

    @Test
    void refusesProgressOnceSubmitted() {
        fixture.given(OPENED, SUMMARY, SUBMITTED)
                .when(progress(DEMO_TOWNS_TASK, "12", "个"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("check-already-submitted");
    }

    // --- gaps (查漏补缺) ------------------------------------------------------------------------------------------

    @Test
    void recordsAGapOnATask() {
        fixture.given(OPENED)
                .when(gap(DEMO_TOWNS_TASK, "3 个示范镇街未按期完成验收资料", "政务服务管理处负责人", LocalDate.of(2020, 9, 15)))
                .expectEvents(GAP);
    }

    @Test
    void recordsAGapOnNoTaskAndOnADraftTask() {
        fixture.given(OPENED)
                .when(gap(null, "台账未及时更新", "办公室联络员", AUGUST_END))
                .expectEvents(new GapFoundEvent(CHECK, "gap-1", LEAD, null, "台账未及时更新", "办公室联络员", AUGUST_END));
        fixture.given(OPENED)
                .when(gap(DRAFT_TASK, "六定未填写完整", "政务服务管理处负责人", LocalDate.of(2020, 8, 1)))
                .expectEvents(new GapFoundEvent(CHECK, "gap-1", LEAD, DRAFT_TASK, "六定未填写完整", "政务服务管理处负责人",
                        LocalDate.of(2020, 8, 1)));
    }

    @Test
    void refusesAGapWithoutDescriptionOrOwner() {
        fixture.given(OPENED)
                .when(gap(null, " ", "办公室联络员", AUGUST_END))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("gap-description-required");
        fixture.given(OPENED)
                .when(gap(null, "台账未及时更新", null, AUGUST_END))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("gap-owner-required");
    }

    @Test
    void refusesAGapToBeFixedBeforeTheMonthOrWithoutDate() {
        fixture.given(OPENED)
                .when(gap(null, "台账未及时更新", "办公室联络员", LocalDate.of(2020, 7, 31)))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("fix-by-before-month");
        fixture.given(OPENED)
                .when(gap(null, "台账未及时更新", "办公室联络员", null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("fix-by-before-month");
    }

    @Test
    void refusesAGapOnAnotherDepartmentsOrAnUnknownTask() {
        fixture.given(OPENED)
                .when(gap(COOPERATING_TASK, "审批事项未下放", "审批制度改革处负责人", AUGUST_END))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-in-ledger");
        fixture.given(OPENED)
                .when(gap("task-404", "审批事项未下放", "政务服务管理处负责人", AUGUST_END))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-in-ledger");
    }

    @Test
    void refusesAGapOnTheDepartmentsTaskOfAnotherPlan() {
        fixture.given(OPENED)
                .when(gap(LAST_YEARS_TASK, "上年度遗留问题", "政务服务管理处负责人", AUGUST_END))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-in-ledger");
    }

    @Test
    void refusesNewGapsOnceSubmitted() {
        fixture.given(OPENED, SUMMARY, SUBMITTED)
                .when(gap(null, "台账未及时更新", "办公室联络员", LocalDate.of(2020, 9, 15)))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("check-already-submitted");
    }

    @Test
    void closesAGapOnTheBusinessDay() {
        at("2020-09-09T17:00:00Z").given(OPENED, GAP)
                .when(new CloseGapCommand(CHECK, "gap-1", "已补齐验收资料"))
                .expectEvents(new GapClosedEvent(CHECK, "gap-1", "已补齐验收资料", LocalDate.of(2020, 9, 10)));
    }

    @Test
    void closesAGapEvenAfterTheCheckIsSubmitted() {
        at("2020-09-09T02:00:00Z").given(OPENED, GAP, SUMMARY, SUBMITTED)
                .when(new CloseGapCommand(CHECK, "gap-1", "已补齐验收资料"))
                .expectEvents(new GapClosedEvent(CHECK, "gap-1", "已补齐验收资料", LocalDate.of(2020, 9, 9)));
    }

    @Test
    void refusesClosingAGapTwice() {
        fixture.given(OPENED, GAP, new GapClosedEvent(CHECK, "gap-1", "已补齐验收资料", AUGUST_END))
                .when(new CloseGapCommand(CHECK, "gap-1", "再次关闭"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("gap-already-closed");
    }

    @Test
    void refusesClosingAnUnknownGap() {
        fixture.given(OPENED, GAP)
                .when(new CloseGapCommand(CHECK, "gap-9", "已处理"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("gap-not-found");
    }

    @Test
    void refusesClosingAGapWithoutResolution() {
        fixture.given(OPENED, GAP)
                .when(new CloseGapCommand(CHECK, "gap-1", " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("resolution-required");
    }

    // --- summary (小结) -------------------------------------------------------------------------------------------

    @Test
    void writesTheSummaryAndReplacesItKeepingWhatItWas() {
        fixture.given(OPENED)
                .when(new WriteMonthlySummaryCommand(CHECK, null, "8 月示范镇街建设正常推进，查出问题 1 项。"))
                .expectEvents(SUMMARY);
        fixture.given(OPENED, SUMMARY)
                .when(new WriteMonthlySummaryCommand(CHECK, null, "8 月建成 12 个示范镇街，问题 1 项已整改。"))
                .expectEvents(new MonthlySummaryWrittenEvent(CHECK, SUMMARY.after(), "8 月建成 12 个示范镇街，问题 1 项已整改。"));
    }

    @Test
    void refusesABlankOrUnchangedSummary() {
        fixture.given(OPENED)
                .when(new WriteMonthlySummaryCommand(CHECK, null, " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("summary-required");
        fixture.given(OPENED, SUMMARY)
                .when(new WriteMonthlySummaryCommand(CHECK, null, SUMMARY.after()))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
    }

    @Test
    void refusesASummaryOnceSubmitted() {
        fixture.given(OPENED, SUMMARY, SUBMITTED)
                .when(new WriteMonthlySummaryCommand(CHECK, null, "补充小结"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("check-already-submitted");
    }

    // --- submitting -----------------------------------------------------------------------------------------------

    @Test
    void submitsOnTimeAtTheEndOfTheMonthsLastShanghaiDay() {
        // 2020-08-31T15:30Z is 23:30 on 31 August in Shanghai
        at("2020-08-31T15:30:00Z").given(OPENED, SUMMARY)
                .when(new SubmitMonthlyCheckCommand(CHECK, null))
                .expectEvents(new MonthlyCheckSubmittedEvent(CHECK, LEAD, AUGUST, AUGUST_END, AUGUST_END, 0));
    }

    @Test
    void submitsEarlyWithoutLateness() {
        at("2020-08-25T02:00:00Z").given(OPENED, SUMMARY)
                .when(new SubmitMonthlyCheckCommand(CHECK, null))
                .expectEvents(new MonthlyCheckSubmittedEvent(CHECK, LEAD, AUGUST, LocalDate.of(2020, 8, 25),
                        AUGUST_END, 0));
    }

    @Test
    void submitsLateMarkedByTheDaysAfterMonthEnd() {
        at("2020-09-05T02:00:00Z").given(OPENED, SUMMARY)
                .when(new SubmitMonthlyCheckCommand(CHECK, null))
                .expectEvents(new MonthlyCheckSubmittedEvent(CHECK, LEAD, AUGUST, LocalDate.of(2020, 9, 5),
                        AUGUST_END, 5));
    }

    @Test
    void justAfterShanghaiMidnightIsOneDayLateThoughUtcIsStillInTheMonth() {
        at("2020-08-31T16:30:00Z").given(OPENED, SUMMARY)
                .when(new SubmitMonthlyCheckCommand(CHECK, null))
                .expectEvents(new MonthlyCheckSubmittedEvent(CHECK, LEAD, AUGUST, LocalDate.of(2020, 9, 1),
                        AUGUST_END, 1));
    }

    @Test
    void latenessCountsFromTheDueDateWithGrace() {
        var openedWithGrace = new MonthlyCheckOpenedEvent(CHECK, PLAN, LEAD, AUGUST, LocalDate.of(2020, 9, 3));
        at("2020-09-05T02:00:00Z", new BusinessCalendar.Deadlines(3, 0)).given(openedWithGrace, SUMMARY)
                .when(new SubmitMonthlyCheckCommand(CHECK, null))
                .expectEvents(new MonthlyCheckSubmittedEvent(CHECK, LEAD, AUGUST, LocalDate.of(2020, 9, 5),
                        LocalDate.of(2020, 9, 3), 2));
    }

    @Test
    void refusesSubmissionWithoutSummary() {
        fixture.given(OPENED, TOWNS_PROGRESS)
                .when(new SubmitMonthlyCheckCommand(CHECK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("summary-required");
    }

    @Test
    void refusesSubmittingTwice() {
        fixture.given(OPENED, SUMMARY, SUBMITTED)
                .when(new SubmitMonthlyCheckCommand(CHECK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("check-already-submitted");
    }
}
