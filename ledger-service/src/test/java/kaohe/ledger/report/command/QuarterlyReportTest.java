package kaohe.ledger.report.command;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.catalog.SeedPlanCatalog;
import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.event.ProgressSnapshot;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.QuarterlyReportAcceptedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportRevisedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.ReportCorrectionApprovedEvent;
import kaohe.ledger.event.ReportCorrectionRefusedEvent;
import kaohe.ledger.event.ReportCorrectionRequestedEvent;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class QuarterlyReportTest {

    private static final String REPORT = "report-2020-Q3";
    private static final String PLAN = SeedPlanCatalog.PLAN;
    private static final String LEAD = SeedPlanCatalog.LEAD;
    private static final String COOPERATING = SeedPlanCatalog.COOPERATING;
    private static final String Q3 = "2020-Q3";
    private static final LocalDate Q3_END = LocalDate.of(2020, 9, 30);
    private static final String NARRATIVE = "三季度建成 18 个示范镇街、25 个示范社区，意识形态工作责任制全面落实。";
    private static final List<String> EVIDENCE = List.of("ev-towns-acceptance", "ev-ideology-minutes");
    private static final List<ProgressSnapshot> PROGRESS = List.of(
            new ProgressSnapshot("task-3-1", "ind-3", "打造 30 个示范镇街", new BigDecimal("30"), "个", "2020-09",
                    new BigDecimal("18"), ProgressStatus.ON_TRACK, "已建成 18 个示范镇街"),
            new ProgressSnapshot("task-ideology-1", "ind-ideology", "落实意识形态工作责任制", null, null, null, null,
                    null, null));

    private static final QuarterlyReportDraftedEvent DRAFTED = new QuarterlyReportDraftedEvent(REPORT, PLAN, LEAD, Q3,
            Q3_END);
    private static final QuarterlyReportRevisedEvent WRITTEN = new QuarterlyReportRevisedEvent(REPORT, null,
            NARRATIVE, List.of(), EVIDENCE);
    private static final QuarterlyReportSubmittedEvent ROUND_1 = new QuarterlyReportSubmittedEvent(REPORT, PLAN, LEAD,
            Q3, 1, NARRATIVE, PROGRESS, EVIDENCE, Q3_END, Q3_END, 0);
    private static final QuarterlyReportReturnedEvent RETURNED = new QuarterlyReportReturnedEvent(REPORT, LEAD, Q3, 1);
    private static final QuarterlyReportAcceptedEvent ACCEPTED = new QuarterlyReportAcceptedEvent(REPORT, LEAD, Q3, 1,
            LocalDate.of(2020, 10, 9));
    private static final String CORRECTED = "三季度建成 19 个示范镇街、25 个示范社区，意识形态工作责任制全面落实。";
    private static final List<String> CORRECTED_EVIDENCE = List.of("ev-towns-acceptance", "ev-ideology-minutes",
            "ev-town-19");
    private static final ReportCorrectionRequestedEvent CORRECTION_REQUESTED = new ReportCorrectionRequestedEvent(
            REPORT, "corr-1", CORRECTED, CORRECTED_EVIDENCE);

    private AggregateTestFixture<QuarterlyReport> fixture;
    private Ledger inputs;

    /** The department's progress as of the quarter, and the co-signatures still missing (none unless set). */
    private static final class Ledger implements ReportInputs {
        private final List<String> missing = new ArrayList<>();

        /** Evidence named ev-unknown… was never uploaded by the department (or was withdrawn). */
        @Override
        public java.util.Optional<String> unusableEvidence(String department, List<String> evidenceIds) {
            return evidenceIds.stream().filter(id -> id.startsWith("ev-unknown")).findFirst();
        }

        @Override
        public List<ProgressSnapshot> progress(String planId, String department, Quarter quarter) {
            return planId.equals(PLAN) && department.equals(LEAD) && quarter.equals(new Quarter(2020, 3))
                    ? PROGRESS : List.of();
        }

        @Override
        public List<String> missingCoSignatures(String planId, String department, Quarter quarter) {
            return List.copyOf(missing);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = at("2020-09-30T02:00:00Z");
    }

    /** A fixture whose business calendar stands at {@code instant} (business dates are Asia/Shanghai). */
    private AggregateTestFixture<QuarterlyReport> at(String instant) {
        inputs = new Ledger();
        var fixture = new AggregateTestFixture<>(QuarterlyReport.class);
        fixture.registerInjectableResource(new SeedPlanCatalog());
        fixture.registerInjectableResource(inputs);
        fixture.registerInjectableResource(new BusinessCalendar(
                BusinessDay.real(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)),
                new BusinessCalendar.Deadlines(0, 0)));
        return fixture;
    }

    private static DraftQuarterlyReportCommand draft(String planId, String department, String quarter) {
        return new DraftQuarterlyReportCommand(REPORT, planId, department, quarter, null, List.of());
    }

    // --- drafting -------------------------------------------------------------------------------------------------

    @Test
    void draftsAnEmptyReportDueAtQuarterEnd() {
        fixture.givenNoPriorActivity()
                .when(draft(PLAN, LEAD, Q3))
                .expectEvents(DRAFTED);
    }

    @Test
    void draftsAReportWithItsFirstNarrativeAndEvidence() {
        fixture.givenNoPriorActivity()
                .when(new DraftQuarterlyReportCommand(REPORT, PLAN, LEAD, " 2020-Q3 ", NARRATIVE, EVIDENCE))
                .expectEvents(DRAFTED, WRITTEN);
    }

    @Test
    void refusesAReportOfAnUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(draft("plan-2019", LEAD, "2019-Q3"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-plan");
    }

    @Test
    void refusesAMalformedQuarterOrOneOutsideThePlanYear() {
        fixture.givenNoPriorActivity()
                .when(draft(PLAN, LEAD, "2020-3"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("invalid-quarter");
        fixture.givenNoPriorActivity()
                .when(draft(PLAN, LEAD, "2019-Q4"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("quarter-outside-year");
    }

    @Test
    void refusesAReportForAQuarterThatHasNotBegunInShanghai() {
        // 2020-06-30T15:59Z is 23:59 on 30 June in Shanghai: the third quarter has not begun
        at("2020-06-30T15:59:00Z").givenNoPriorActivity()
                .when(draft(PLAN, LEAD, Q3))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("quarter-in-future");
        fixture.givenNoPriorActivity()
                .when(draft(PLAN, LEAD, "2020-Q4"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("quarter-in-future");
        // midnight of 1 July in Shanghai, still 30 June in UTC
        at("2020-06-30T16:00:00Z").givenNoPriorActivity()
                .when(draft(PLAN, LEAD, Q3))
                .expectEvents(DRAFTED);
    }

    @Test
    void refusesAReportOfADepartmentNotInThePlan() {
        fixture.givenNoPriorActivity()
                .when(draft(PLAN, "市级不存在处", Q3))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-department");
    }

    // --- revising -------------------------------------------------------------------------------------------------

    @Test
    void revisesADraftKeepingWhatItSaidBefore() {
        fixture.given(DRAFTED, WRITTEN)
                .when(new ReviseQuarterlyReportCommand(REPORT, null, CORRECTED, CORRECTED_EVIDENCE))
                .expectEvents(new QuarterlyReportRevisedEvent(REPORT, NARRATIVE, CORRECTED, EVIDENCE,
                        CORRECTED_EVIDENCE));
    }

    @Test
    void refusesARevisionThatChangesNothing() {
        fixture.given(DRAFTED, WRITTEN)
                .when(new ReviseQuarterlyReportCommand(REPORT, null, NARRATIVE, EVIDENCE))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
    }

    @Test
    void refusesARevisionWhileUnderReviewOrOnceAccepted() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1)
                .when(new ReviseQuarterlyReportCommand(REPORT, null, CORRECTED, EVIDENCE))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-under-review");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED)
                .when(new ReviseQuarterlyReportCommand(REPORT, null, CORRECTED, EVIDENCE))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-already-accepted");
    }

    // --- submitting -----------------------------------------------------------------------------------------------

    @Test
    void submitsRoundOneWithTheProgressAsItStandsOnTime() {
        at("2020-09-30T15:30:00Z").given(DRAFTED, WRITTEN)
                .when(new SubmitQuarterlyReportCommand(REPORT, null))
                .expectEvents(ROUND_1);
    }

    @Test
    void submitsLateMarkedByTheDaysAfterQuarterEnd() {
        at("2020-10-09T02:00:00Z").given(DRAFTED, WRITTEN)
                .when(new SubmitQuarterlyReportCommand(REPORT, null))
                .expectEvents(new QuarterlyReportSubmittedEvent(REPORT, PLAN, LEAD, Q3, 1, NARRATIVE, PROGRESS,
                        EVIDENCE, LocalDate.of(2020, 10, 9), Q3_END, 9));
    }

    @Test
    void refusesSubmissionWithoutNarrative() {
        fixture.given(DRAFTED)
                .when(new SubmitQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("narrative-required");
    }

    @Test
    void refusesSubmittingAgainWhileUnderReview() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1)
                .when(new SubmitQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-under-review");
    }

    @Test
    void refusesResubmittingAnAcceptedReport() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED)
                .when(new SubmitQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-already-accepted");
    }

    // --- returning (退回) and the next round -----------------------------------------------------------------------

    @Test
    void returnsTheSubmittedRoundWithAReason() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1)
                .when(new ReturnQuarterlyReportCommand(REPORT, null, "缺少示范社区建设进度"))
                .expectEvents(RETURNED);
    }

    @Test
    void refusesAReturnWithoutReason() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1)
                .when(new ReturnQuarterlyReportCommand(REPORT, null, " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void refusesReturningAReportThatIsNotSubmitted() {
        fixture.given(DRAFTED, WRITTEN)
                .when(new ReturnQuarterlyReportCommand(REPORT, null, "缺少示范社区建设进度"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-not-submitted");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, RETURNED)
                .when(new ReturnQuarterlyReportCommand(REPORT, null, "再次退回"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-not-submitted");
    }

    @Test
    void aReturnedReportIsRevisedAndResubmittedAsRoundTwo() {
        var revised = new QuarterlyReportRevisedEvent(REPORT, NARRATIVE, CORRECTED, EVIDENCE, CORRECTED_EVIDENCE);
        fixture.given(DRAFTED, WRITTEN, ROUND_1, RETURNED)
                .when(new ReviseQuarterlyReportCommand(REPORT, null, CORRECTED, CORRECTED_EVIDENCE))
                .expectEvents(revised);
        at("2020-10-12T02:00:00Z").given(DRAFTED, WRITTEN, ROUND_1, RETURNED, revised)
                .when(new SubmitQuarterlyReportCommand(REPORT, null))
                .expectEvents(new QuarterlyReportSubmittedEvent(REPORT, PLAN, LEAD, Q3, 2, CORRECTED, PROGRESS,
                        CORRECTED_EVIDENCE, LocalDate.of(2020, 10, 12), Q3_END, 12));
    }

    // --- accepting ------------------------------------------------------------------------------------------------

    @Test
    void acceptsTheSubmittedRound() {
        at("2020-10-09T02:00:00Z").given(DRAFTED, WRITTEN, ROUND_1)
                .when(new AcceptQuarterlyReportCommand(REPORT, null))
                .expectEvents(ACCEPTED);
    }

    @Test
    void acceptsRoundTwoAsRoundTwo() {
        var round2 = new QuarterlyReportSubmittedEvent(REPORT, PLAN, LEAD, Q3, 2, NARRATIVE, PROGRESS, EVIDENCE,
                LocalDate.of(2020, 10, 12), Q3_END, 12);
        at("2020-10-14T02:00:00Z").given(DRAFTED, WRITTEN, ROUND_1, RETURNED, round2)
                .when(new AcceptQuarterlyReportCommand(REPORT, null))
                .expectEvents(new QuarterlyReportAcceptedEvent(REPORT, LEAD, Q3, 2, LocalDate.of(2020, 10, 14)));
    }

    @Test
    void refusesAcceptanceWhileCoSignaturesAreMissing() {
        var fixture = at("2020-10-09T02:00:00Z");
        inputs.missing.add("打造 30 个示范镇街 → 审批制度改革处");
        fixture.given(DRAFTED, WRITTEN, ROUND_1)
                .when(new AcceptQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("co-signatures-missing");
    }

    @Test
    void refusesAcceptingAReportThatIsNotSubmitted() {
        fixture.given(DRAFTED, WRITTEN)
                .when(new AcceptQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-not-submitted");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, RETURNED)
                .when(new AcceptQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-not-submitted");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED)
                .when(new AcceptQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-not-submitted");
    }

    // --- corrections after acceptance -----------------------------------------------------------------------------

    @Test
    void requestsACorrectionOfAnAcceptedReport() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED)
                .when(new RequestReportCorrectionCommand(REPORT, "corr-1", CORRECTED, CORRECTED_EVIDENCE,
                        "第 19 个示范镇街验收结果 9 月 30 日已出"))
                .expectEvents(CORRECTION_REQUESTED);
    }

    @Test
    void refusesACorrectionBeforeAcceptance() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1)
                .when(new RequestReportCorrectionCommand(REPORT, "corr-1", CORRECTED, CORRECTED_EVIDENCE, "补充"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("correction-needs-acceptance");
    }

    @Test
    void refusesACorrectionWithoutReasonOrChange() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED)
                .when(new RequestReportCorrectionCommand(REPORT, "corr-1", CORRECTED, CORRECTED_EVIDENCE, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED)
                .when(new RequestReportCorrectionCommand(REPORT, "corr-1", NARRATIVE, EVIDENCE, "无变化"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
    }

    @Test
    void refusesASecondCorrectionWhileOnePends() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED)
                .when(new RequestReportCorrectionCommand(REPORT, "corr-2", NARRATIVE + "补充。", EVIDENCE, "再补充"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("correction-pending");
    }

    @Test
    void approvesACorrectionFromWhatTheReportSaidToWhatItSays() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED)
                .when(new ApproveReportCorrectionCommand(REPORT, "corr-1", "核实无误"))
                .expectEvents(new ReportCorrectionApprovedEvent(REPORT, "corr-1", NARRATIVE, CORRECTED, EVIDENCE,
                        CORRECTED_EVIDENCE));
    }

    @Test
    void anApprovedCorrectionIsWhatTheNextCorrectionStartsFrom() {
        var approved = new ReportCorrectionApprovedEvent(REPORT, "corr-1", NARRATIVE, CORRECTED, EVIDENCE,
                CORRECTED_EVIDENCE);
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED, approved)
                .when(new RequestReportCorrectionCommand(REPORT, "corr-2", CORRECTED, CORRECTED_EVIDENCE, "重复"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED, approved)
                .when(new ReviseQuarterlyReportCommand(REPORT, null, NARRATIVE, EVIDENCE))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("report-already-accepted");
    }

    @Test
    void refusesACorrectionLeavingTheAcceptedReport() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED)
                .when(new RefuseReportCorrectionCommand(REPORT, "corr-1", "验收结果不在三季度内"))
                .expectEvents(new ReportCorrectionRefusedEvent(REPORT, "corr-1"));
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED,
                        new ReportCorrectionRefusedEvent(REPORT, "corr-1"))
                .when(new RequestReportCorrectionCommand(REPORT, "corr-2", CORRECTED, CORRECTED_EVIDENCE, "补充材料后再申请"))
                .expectEvents(new ReportCorrectionRequestedEvent(REPORT, "corr-2", CORRECTED, CORRECTED_EVIDENCE));
    }

    @Test
    void refusesDecidingACorrectionThatIsNotPending() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED)
                .when(new ApproveReportCorrectionCommand(REPORT, "corr-9", "同意"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-such-correction");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED)
                .when(new RefuseReportCorrectionCommand(REPORT, "corr-1", "不同意"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-such-correction");
    }

    @Test
    void refusesDecidingACorrectionWithoutReason() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED)
                .when(new ApproveReportCorrectionCommand(REPORT, "corr-1", " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
        fixture.given(DRAFTED, WRITTEN, ROUND_1, ACCEPTED, CORRECTION_REQUESTED)
                .when(new RefuseReportCorrectionCommand(REPORT, "corr-1", null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void refusesResubmittingAReturnedReportUnrevised() {
        fixture.given(DRAFTED, WRITTEN, ROUND_1, RETURNED)
                .when(new SubmitQuarterlyReportCommand(REPORT, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("revision-required");
    }

    @Test
    void refusesEvidenceTheDepartmentCannotReferTo() {
        fixture.givenNoPriorActivity()
                .when(new DraftQuarterlyReportCommand(REPORT, PLAN, LEAD, "2020-Q3", NARRATIVE,
                        List.of("ev-towns-acceptance", "ev-unknown-1")))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unusable-evidence");
        fixture.given(DRAFTED, WRITTEN)
                .when(new ReviseQuarterlyReportCommand(REPORT, null, CORRECTED, List.of("ev-unknown-2")))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unusable-evidence");
    }
}
