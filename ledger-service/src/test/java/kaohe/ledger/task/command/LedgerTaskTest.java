package kaohe.ledger.task.command;

import kaohe.indicator.event.Target;
import kaohe.ledger.catalog.CatalogIndicator;
import kaohe.ledger.catalog.IndicatorCatalog;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.ContributionConfirmedEvent;
import kaohe.ledger.event.Define;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.ExtensionRefusedEvent;
import kaohe.ledger.event.ExtensionRequestedEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskReturnedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.Milestone;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.SixDefines;
import kaohe.platform.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class LedgerTaskTest {

    private static final String TASK = "task-3-1";
    private static final String PLAN = "plan-2020";
    private static final String LEAD = "政务服务管理处";
    private static final String COOPERATING = "审批制度改革处";
    private static final String OFFICE = "办公室";
    private static final String DEMO_TOWNS_INDICATOR = "ind-3";
    private static final String IDEOLOGY_INDICATOR = "ind-ideology";
    private static final String TITLE = "打造 30 个示范镇街";
    private static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);
    private static final Milestone HALF_WAY = new Milestone(LocalDate.of(2020, 9, 30), "完成 15 个示范镇街");

    private static final SixDefines DEFINES = new SixDefines("市考个性工作（十项重点工作）",
            new Quantity(new BigDecimal("30"), "个", "T1"), false, "30 个示范镇街全部通过市级验收", YEAR_END,
            List.of(HALF_WAY), LEAD, "张新鳌", "制定示范镇街建设标准，逐月督导推进");
    private static final LedgerTaskDraftedEvent DRAFTED = new LedgerTaskDraftedEvent(TASK, PLAN,
            DEMO_TOWNS_INDICATOR, LEAD, CarriedAs.LEAD, TITLE, DEFINES);
    private static final LedgerTaskSubmittedEvent SUBMITTED = new LedgerTaskSubmittedEvent(TASK, LEAD, DEFINES);
    private static final ExtensionRequestedEvent EXTENSION_REQUESTED = new ExtensionRequestedEvent(TASK, "ext-1",
            YEAR_END, LocalDate.of(2021, 1, 31));

    private AggregateTestFixture<LedgerTask> fixture;

    /** The seed's 2020 plan as the ledger's catalog knows it. */
    private static final class SeedCatalog implements IndicatorCatalog {
        private final Map<String, CatalogIndicator> indicators = Map.of(
                DEMO_TOWNS_INDICATOR, new CatalogIndicator(DEMO_TOWNS_INDICATOR, PLAN, "市考个性工作-3",
                        "打造 30 个示范镇街和 40 个示范社区。", false, List.of(LEAD), List.of(COOPERATING),
                        false, List.of("张新鳌"), Map.of("T1", new Target("T1", new BigDecimal("30"), "个", "示范镇街"),
                        "T2", new Target("T2", new BigDecimal("40"), "个", "示范社区"))),
                IDEOLOGY_INDICATOR, new CatalogIndicator(IDEOLOGY_INDICATOR, PLAN, "共性指标-意识形态工作-1",
                        "落实意识形态工作责任制。", false, List.of(LEAD), List.of(), false, List.of("段重利"), Map.of()),
                "ind-withdrawn", new CatalogIndicator("ind-withdrawn", PLAN, "市考个性工作-15", "已撤销的指标。", true,
                        List.of(LEAD), List.of(), false, List.of("张新鳌"), Map.of()),
                "ind-2019", new CatalogIndicator("ind-2019", "plan-2019", "市考个性工作-3", "上一年度的指标。", false,
                        List.of(LEAD), List.of(), false, List.of("张新鳌"), Map.of()),
                "ind-all", new CatalogIndicator("ind-all", PLAN, "共性指标-法治平安建设-2", "各处室落实安全生产责任。", false,
                        List.of(OFFICE), List.of(), true, List.of("段重利"), Map.of()));

        @Override
        public Optional<CatalogIndicator> indicator(String indicatorId) {
            return Optional.ofNullable(indicators.get(indicatorId));
        }

        @Override
        public Optional<Integer> planYear(String planId) {
            return planId.equals(PLAN) ? Optional.of(2020) : Optional.empty();
        }

        @Override
        public List<String> departments(String planId) {
            return planId.equals(PLAN) ? List.of(LEAD, COOPERATING, OFFICE) : List.of();
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LedgerTask.class);
        fixture.registerInjectableResource(new SeedCatalog());
    }

    private static DraftLedgerTaskCommand draft(String indicatorId, String department, SixDefines defines) {
        return new DraftLedgerTaskCommand(TASK, PLAN, indicatorId, department, TITLE, defines);
    }

    private static SixDefines withQuantity(Quantity quantity) {
        return new SixDefines(DEFINES.nature(), quantity, false, DEFINES.standard(), DEFINES.deadline(),
                DEFINES.milestones(), DEFINES.responsibleUnit(), DEFINES.responsiblePerson(), DEFINES.measures());
    }

    private static SixDefines withDeadline(LocalDate deadline, List<Milestone> milestones) {
        return new SixDefines(DEFINES.nature(), DEFINES.quantity(), false, DEFINES.standard(), deadline, milestones,
                DEFINES.responsibleUnit(), DEFINES.responsiblePerson(), DEFINES.measures());
    }

    private static SixDefines withStandardAndPerson(String standard, String person) {
        return new SixDefines(DEFINES.nature(), DEFINES.quantity(), false, standard, DEFINES.deadline(),
                DEFINES.milestones(), DEFINES.responsibleUnit(), person, DEFINES.measures());
    }

    private static SixDefines qualitative() {
        return new SixDefines("共性指标（意识形态工作）", null, true, "党组全年专题研究意识形态工作并形成会议纪要，视为完成", YEAR_END,
                List.of(), LEAD, "段重利", "每季度召开一次意识形态工作专题会");
    }

    // --- drafting -------------------------------------------------------------------------------------------------

    @Test
    void draftsATaskUnderAnIndicatorTheDepartmentLeads() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, DEFINES))
                .expectEvents(DRAFTED);
    }

    @Test
    void draftsAnIncompleteTaskAsTheCooperatingDepartment() {
        var partial = new SixDefines("配合市考个性工作-3", null, false, null, null, List.of(), COOPERATING, null, null);
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, COOPERATING, partial))
                .expectEvents(new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, COOPERATING,
                        CarriedAs.COOPERATING, TITLE, partial));
    }

    @Test
    void refusesADraftUnderAnUnknownIndicatorOrOneOfAnotherPlan() {
        fixture.givenNoPriorActivity()
                .when(draft("ind-404", LEAD, DEFINES))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-indicator");
        fixture.givenNoPriorActivity()
                .when(new DraftLedgerTaskCommand(TASK, "plan-2019", DEMO_TOWNS_INDICATOR, LEAD, TITLE, DEFINES))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-indicator");
    }

    @Test
    void refusesADraftUnderAWithdrawnIndicator() {
        fixture.givenNoPriorActivity()
                .when(draft("ind-withdrawn", LEAD, DEFINES))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("indicator-withdrawn");
    }

    @Test
    void refusesADraftUnderAnIndicatorTheDepartmentDoesNotCarry() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, OFFICE, DEFINES))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("indicator-not-carried");
    }

    @Test
    void refusesADraftWithoutTitle() {
        fixture.givenNoPriorActivity()
                .when(new DraftLedgerTaskCommand(TASK, PLAN, DEMO_TOWNS_INDICATOR, LEAD, " ", DEFINES))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("title-required");
    }

    @Test
    void refusesADraftWhosePlanYearIsUnknown() {
        fixture.givenNoPriorActivity()
                .when(new DraftLedgerTaskCommand(TASK, "plan-2019", "ind-2019", LEAD, TITLE, qualitative()))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-plan");
    }

    @Test
    void refusesAQualitativeTaskThatAlsoSetsAQuantity() {
        var contradictory = new SixDefines(DEFINES.nature(), DEFINES.quantity(), true, DEFINES.standard(), YEAR_END,
                List.of(), LEAD, "张新鳌", null);
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, contradictory))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("qualitative-with-quantity");
    }

    @Test
    void refusesANegativeOrMissingQuantityValueAndAQuantityWithoutUnit() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withQuantity(new Quantity(new BigDecimal("-1"), "个", "T1"))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("negative-quantity");
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withQuantity(new Quantity(null, "个", "T1"))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("quantity-value-required");
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withQuantity(new Quantity(new BigDecimal("30"), " ", null))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("quantity-unit-required");
    }

    @Test
    void refusesAQuantityOfZeroWhetherItNamesATargetOrNot() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withQuantity(new Quantity(BigDecimal.ZERO, "个", "T1"))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("zero-quantity");
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withQuantity(new Quantity(new BigDecimal("0.00"), "场", null))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("zero-quantity");
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, withQuantity(new Quantity(BigDecimal.ZERO, "个", "T1")),
                        "本年度不再建设"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("zero-quantity");
    }

    @Test
    void refusesAQuantityBreakingDownAnUnknownTargetOrInAnotherUnit() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withQuantity(new Quantity(new BigDecimal("30"), "个", "T3"))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-target");
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withQuantity(new Quantity(new BigDecimal("30"), "%", "T1"))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unit-mismatch");
    }

    @Test
    void acceptsAQuantityOfTheTasksOwnWithoutTargetKey() {
        var own = withQuantity(new Quantity(new BigDecimal("12"), "场", null));
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, own))
                .expectEvents(new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, LEAD, CarriedAs.LEAD,
                        TITLE, own));
    }

    @Test
    void refusesAnIncompleteMilestoneOrOneAfterTheDeadline() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withDeadline(YEAR_END, List.of(new Milestone(null, "完成 15 个")))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("milestone-incomplete");
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD,
                        withDeadline(YEAR_END, List.of(new Milestone(LocalDate.of(2020, 9, 30), " ")))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("milestone-incomplete");
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withDeadline(LocalDate.of(2020, 9, 1), List.of(HALF_WAY))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("milestone-after-deadline");
    }

    @Test
    void refusesADeadlineOutsideThePlanYear() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withDeadline(LocalDate.of(2021, 1, 31), List.of(HALF_WAY))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("deadline-outside-year");
    }

    // --- submitting -----------------------------------------------------------------------------------------------

    @Test
    void submitsAFullyDefinedTask() {
        fixture.given(DRAFTED)
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectEvents(SUBMITTED);
    }

    @Test
    void refusesSubmissionWhileSixDefinesIncomplete() {
        var partial = new SixDefines("市考个性工作（十项重点工作）", DEFINES.quantity(), false, null, YEAR_END, List.of(), LEAD,
                null, DEFINES.measures());
        fixture.given(new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, LEAD, CarriedAs.LEAD, TITLE,
                        partial))
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("defines-incomplete");
    }

    @Test
    void refusesSubmissionWithMilestonesButNoDeadline() {
        var noDeadline = withDeadline(null, List.of(HALF_WAY));
        fixture.given(new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, LEAD, CarriedAs.LEAD, TITLE,
                        noDeadline))
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("defines-incomplete");
    }

    @Test
    void aQualitativeTaskCountsItsQuantityAsDefined() {
        var drafted = new LedgerTaskDraftedEvent(TASK, PLAN, IDEOLOGY_INDICATOR, LEAD, CarriedAs.LEAD,
                "落实意识形态工作责任制", qualitative());
        fixture.given(drafted)
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectEvents(new LedgerTaskSubmittedEvent(TASK, LEAD, qualitative()));
    }

    @Test
    void mainMeasuresAreNotOneOfTheSixDefines() {
        var withoutMeasures = new SixDefines(DEFINES.nature(), DEFINES.quantity(), false, DEFINES.standard(),
                YEAR_END, DEFINES.milestones(), LEAD, "张新鳌", null);
        fixture.given(new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, LEAD, CarriedAs.LEAD, TITLE,
                        withoutMeasures))
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectEvents(new LedgerTaskSubmittedEvent(TASK, LEAD, withoutMeasures));
    }

    @Test
    void refusesSubmittingTwice() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-already-submitted");
    }

    // --- revising -------------------------------------------------------------------------------------------------

    @Test
    void revisesADraftWithoutReasonNamingTheChangedDefines() {
        var after = withStandardAndPerson("30 个示范镇街全部通过市级验收并挂牌", "政务服务管理处处长");
        fixture.given(DRAFTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, after, null))
                .expectEvents(new LedgerTaskDefinesRevisedEvent(TASK,
                        List.of(Define.STANDARD, Define.RESPONSIBLE_PERSON), DEFINES, after));
    }

    @Test
    void movesADraftsDeadlineWithinThePlanYear() {
        var after = withDeadline(LocalDate.of(2020, 11, 30), List.of(HALF_WAY));
        fixture.given(DRAFTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, after, null))
                .expectEvents(new LedgerTaskDefinesRevisedEvent(TASK, List.of(Define.DEADLINE), DEFINES, after));
    }

    @Test
    void refusesMovingADraftsDeadlineOutOfThePlanYear() {
        fixture.given(DRAFTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, withDeadline(LocalDate.of(2021, 3, 31),
                        List.of(HALF_WAY)), null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("deadline-outside-year");
    }

    @Test
    void refusesARevisionThatChangesNothing() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, DEFINES, "无变化"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
    }

    @Test
    void refusesARevisionThatIsNotWellFormed() {
        fixture.given(DRAFTED)
                .when(new ReviseTaskDefinesCommand(TASK, null,
                        withQuantity(new Quantity(new BigDecimal("40"), "%", "T2")), null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unit-mismatch");
    }

    @Test
    void refusesARevisionOnceTheIndicatorHasLeftTheCatalog() {
        fixture.given(new LedgerTaskDraftedEvent(TASK, PLAN, "ind-gone", LEAD, CarriedAs.LEAD, TITLE, DEFINES))
                .when(new ReviseTaskDefinesCommand(TASK, null, withStandardAndPerson("新标准", "张新鳌"), null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-indicator");
    }

    @Test
    void revisesASubmittedTaskWithAReason() {
        var after = new SixDefines(DEFINES.nature(), new Quantity(new BigDecimal("35"), "个", "T1"), false,
                DEFINES.standard(), YEAR_END, DEFINES.milestones(), LEAD, "张新鳌", "按季度通报示范镇街建设进度");
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, after, "市考核办 8 月调整示范镇街数量"))
                .expectEvents(new LedgerTaskDefinesRevisedEvent(TASK, List.of(Define.QUANTITY, Define.MEASURES),
                        DEFINES, after));
    }

    @Test
    void revisesASubmittedTasksMilestonesWithoutMovingItsDeadline() {
        var after = withDeadline(YEAR_END, List.of(new Milestone(LocalDate.of(2020, 10, 31), "完成 20 个示范镇街")));
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, after, "调整节点"))
                .expectEvents(new LedgerTaskDefinesRevisedEvent(TASK, List.of(Define.DEADLINE), DEFINES, after));
    }

    @Test
    void refusesARevisionAfterSubmissionWithoutReason() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, withStandardAndPerson("新标准", "张新鳌"), " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void refusesMovingASubmittedTasksDeadlineWithoutAnExtension() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, withDeadline(LocalDate.of(2020, 11, 30),
                        List.of(HALF_WAY)), "提前完成"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("deadline-needs-extension");
    }

    @Test
    void refusesARevisionAfterSubmissionThatLeavesTheDefinesIncomplete() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReviseTaskDefinesCommand(TASK, null, withStandardAndPerson("新标准", null), "人员调整"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("defines-incomplete");
    }

    @Test
    void anApprovedExtensionBeyondThePlanYearIsKeptByLaterRevisions() {
        var extended = withDeadline(LocalDate.of(2021, 1, 31), List.of(HALF_WAY));
        var after = new SixDefines(extended.nature(), extended.quantity(), false, extended.standard(),
                extended.deadline(), extended.milestones(), LEAD, "张新鳌", "春节前完成剩余验收");
        var approved = new ExtensionApprovedEvent(TASK, "ext-1", YEAR_END, LocalDate.of(2021, 1, 31));
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED, approved)
                .when(new ReviseTaskDefinesCommand(TASK, null, after, "补充措施"))
                .expectEvents(new LedgerTaskDefinesRevisedEvent(TASK, List.of(Define.MEASURES), extended, after));
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED, approved)
                .when(new ReviseTaskDefinesCommand(TASK, null, DEFINES, "恢复原期限"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("deadline-needs-extension");
    }

    // --- the office's review of the six defines -----------------------------------------------------------------

    private static final LedgerTaskApprovedEvent APPROVED = new LedgerTaskApprovedEvent(TASK, LEAD, DEFINES, false);
    private static final LedgerTaskReturnedEvent RETURNED = new LedgerTaskReturnedEvent(TASK, LEAD);
    private static final SixDefines REVISED_DEFINES = withStandardAndPerson("30 个示范镇街全部通过市级验收并挂牌", "李娜");
    private static final LedgerTaskDefinesRevisedEvent REVISED = new LedgerTaskDefinesRevisedEvent(TASK,
            List.of(Define.STANDARD, Define.RESPONSIBLE_PERSON), DEFINES, REVISED_DEFINES);

    private static ApproveLedgerTaskCommand approve(boolean acceptBelowTarget) {
        return new ApproveLedgerTaskCommand(TASK, null, acceptBelowTarget);
    }

    @Test
    void approvesSubmittedDefines() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(approve(false))
                .expectEvents(APPROVED);
    }

    @Test
    void refusesApprovingOrReturningADraft() {
        fixture.given(DRAFTED)
                .when(approve(false))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-submitted");
        fixture.given(DRAFTED)
                .when(new ReturnLedgerTaskCommand(TASK, null, "六定不完整"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-submitted");
    }

    @Test
    void refusesApprovingOrReturningApprovedDefines() {
        fixture.given(DRAFTED, SUBMITTED, APPROVED)
                .when(approve(false))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-already-approved");
        fixture.given(DRAFTED, SUBMITTED, APPROVED)
                .when(new ReturnLedgerTaskCommand(TASK, null, "重新审核"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-already-approved");
    }

    @Test
    void returnsSubmittedDefinesWithAReason() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReturnLedgerTaskCommand(TASK, null, "完成标准不够具体，请细化验收口径"))
                .expectEvents(RETURNED);
    }

    @Test
    void refusesAReturnWithoutReason() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ReturnLedgerTaskCommand(TASK, null, " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void returnedDefinesAreDecidedAgainOnlyOnceRevisedAndSubmitted() {
        fixture.given(DRAFTED, SUBMITTED, RETURNED)
                .when(approve(false))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-returned");
        fixture.given(DRAFTED, SUBMITTED, RETURNED)
                .when(new ReturnLedgerTaskCommand(TASK, null, "再次退回"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-returned");
        fixture.given(DRAFTED, SUBMITTED, RETURNED)
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-revised");
        fixture.given(DRAFTED, SUBMITTED, RETURNED, REVISED)
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectEvents(new LedgerTaskSubmittedEvent(TASK, LEAD, REVISED_DEFINES));
        fixture.given(DRAFTED, SUBMITTED, RETURNED, REVISED, new LedgerTaskSubmittedEvent(TASK, LEAD, REVISED_DEFINES))
                .when(approve(false))
                .expectEvents(new LedgerTaskApprovedEvent(TASK, LEAD, REVISED_DEFINES, false));
    }

    @Test
    void aRevisionOfApprovedDefinesGoesBackToReviewWithoutResubmission() {
        fixture.given(DRAFTED, SUBMITTED, APPROVED, REVISED)
                .when(approve(false))
                .expectEvents(new LedgerTaskApprovedEvent(TASK, LEAD, REVISED_DEFINES, false));
        fixture.given(DRAFTED, SUBMITTED, APPROVED, REVISED)
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-already-submitted");
        fixture.given(DRAFTED, SUBMITTED, APPROVED, REVISED)
                .when(new ReturnLedgerTaskCommand(TASK, null, "不同意调整责任人"))
                .expectEvents(RETURNED);
    }

    @Test
    void approvesAQuantityBelowTheIndicatorTargetOnlyKnowingly() {
        var fifteen = withQuantity(new Quantity(new BigDecimal("15"), "个", "T1"));
        var drafted = new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, LEAD, CarriedAs.LEAD, TITLE,
                fifteen);
        var submitted = new LedgerTaskSubmittedEvent(TASK, LEAD, fifteen);
        fixture.given(drafted, submitted)
                .when(approve(false))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("below-target");
        fixture.given(drafted, submitted)
                .when(approve(true))
                .expectEvents(new LedgerTaskApprovedEvent(TASK, LEAD, fifteen, true));
    }

    @Test
    void refusesApprovingAQuantityOfZeroFromBeforeTheRule() {
        var zero = withQuantity(new Quantity(BigDecimal.ZERO, "个", "T1"));
        fixture.given(new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, LEAD, CarriedAs.LEAD, TITLE, zero),
                        new LedgerTaskSubmittedEvent(TASK, LEAD, zero))
                .when(approve(true))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("zero-quantity");
    }

    // --- extensions -----------------------------------------------------------------------------------------------

    @Test
    void requestsAnExtensionFromTheCurrentDeadline() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new RequestExtensionCommand(TASK, "ext-1", LocalDate.of(2021, 1, 31), "验收时间推迟"))
                .expectEvents(EXTENSION_REQUESTED);
    }

    @Test
    void refusesAnExtensionOfADraft() {
        fixture.given(DRAFTED)
                .when(new RequestExtensionCommand(TASK, "ext-1", LocalDate.of(2021, 1, 31), "验收时间推迟"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-submitted");
    }

    @Test
    void refusesAnExtensionRequestWithoutReason() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new RequestExtensionCommand(TASK, "ext-1", LocalDate.of(2021, 1, 31), null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void refusesASecondRequestWhileOnePends() {
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED)
                .when(new RequestExtensionCommand(TASK, "ext-2", LocalDate.of(2021, 2, 28), "再次申请"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("extension-pending");
    }

    @Test
    void refusesAnExtensionThatIsNotLater() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new RequestExtensionCommand(TASK, "ext-1", YEAR_END, "同一天"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("extension-not-later");
        fixture.given(DRAFTED, SUBMITTED)
                .when(new RequestExtensionCommand(TASK, "ext-1", LocalDate.of(2020, 11, 30), "提前"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("extension-not-later");
        fixture.given(DRAFTED, SUBMITTED)
                .when(new RequestExtensionCommand(TASK, "ext-1", null, "未填日期"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("extension-not-later");
    }

    @Test
    void approvesAPendingExtensionMovingTheDeadline() {
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED)
                .when(new ApproveExtensionCommand(TASK, "ext-1", "同意延期至 2021 年 1 月底"))
                .expectEvents(new ExtensionApprovedEvent(TASK, "ext-1", YEAR_END, LocalDate.of(2021, 1, 31)));
    }

    @Test
    void afterApprovalTheNextRequestStartsFromTheNewDeadline() {
        var approved = new ExtensionApprovedEvent(TASK, "ext-1", YEAR_END, LocalDate.of(2021, 1, 31));
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED, approved)
                .when(new RequestExtensionCommand(TASK, "ext-2", LocalDate.of(2021, 1, 15), "再次申请"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("extension-not-later");
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED, approved)
                .when(new RequestExtensionCommand(TASK, "ext-2", LocalDate.of(2021, 2, 28), "再次申请"))
                .expectEvents(new ExtensionRequestedEvent(TASK, "ext-2", LocalDate.of(2021, 1, 31),
                        LocalDate.of(2021, 2, 28)));
    }

    @Test
    void refusesAPendingExtensionLeavingTheDeadline() {
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED)
                .when(new RefuseExtensionCommand(TASK, "ext-1", "理由不充分"))
                .expectEvents(new ExtensionRefusedEvent(TASK, "ext-1"));
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED, new ExtensionRefusedEvent(TASK, "ext-1"))
                .when(new RequestExtensionCommand(TASK, "ext-2", LocalDate.of(2021, 1, 15), "补充理由后再次申请"))
                .expectEvents(new ExtensionRequestedEvent(TASK, "ext-2", YEAR_END, LocalDate.of(2021, 1, 15)));
    }

    @Test
    void refusesDecidingAnExtensionThatIsNotPending() {
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED)
                .when(new ApproveExtensionCommand(TASK, "ext-9", "同意"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-such-extension");
        fixture.given(DRAFTED, SUBMITTED)
                .when(new RefuseExtensionCommand(TASK, "ext-1", "不同意"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-such-extension");
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED, new ExtensionRefusedEvent(TASK, "ext-1"))
                .when(new ApproveExtensionCommand(TASK, "ext-1", "改为同意"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-such-extension");
    }

    @Test
    void refusesDecidingAnExtensionWithoutReason() {
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED)
                .when(new ApproveExtensionCommand(TASK, "ext-1", " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
        fixture.given(DRAFTED, SUBMITTED, EXTENSION_REQUESTED)
                .when(new RefuseExtensionCommand(TASK, "ext-1", null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    // --- co-signing (会签) ----------------------------------------------------------------------------------------

    @Test
    void aCooperatingDepartmentConfirmsItsContributionForAQuarter() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ConfirmContributionCommand(TASK, " 2020-Q3 ", COOPERATING, " 完成 8 个示范镇街审批事项下放 "))
                .expectEvents(new ContributionConfirmedEvent(TASK, "2020-Q3", COOPERATING, "完成 8 个示范镇街审批事项下放"));
    }

    @Test
    void refusesCoSigningByADepartmentThatDoesNotCooperate() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ConfirmContributionCommand(TASK, "2020-Q3", OFFICE, "协助"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("not-a-cooperating-department");
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ConfirmContributionCommand(TASK, "2020-Q3", LEAD, "自己会签"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("not-a-cooperating-department");
    }

    @Test
    void coSignsOncePerQuarter() {
        var q3 = new ContributionConfirmedEvent(TASK, "2020-Q3", COOPERATING, "完成 8 个示范镇街审批事项下放");
        fixture.given(DRAFTED, SUBMITTED, q3)
                .when(new ConfirmContributionCommand(TASK, "2020-Q3", COOPERATING, "再次会签"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("contribution-already-confirmed");
        fixture.given(DRAFTED, SUBMITTED, q3)
                .when(new ConfirmContributionCommand(TASK, "2020-Q4", COOPERATING, "完成其余审批事项下放"))
                .expectEvents(new ContributionConfirmedEvent(TASK, "2020-Q4", COOPERATING, "完成其余审批事项下放"));
    }

    @Test
    void refusesCoSigningADraft() {
        fixture.given(DRAFTED)
                .when(new ConfirmContributionCommand(TASK, "2020-Q3", COOPERATING, "协助"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("task-not-submitted");
    }

    @Test
    void refusesCoSigningACooperatingDepartmentsOwnTask() {
        var drafted = new LedgerTaskDraftedEvent(TASK, PLAN, DEMO_TOWNS_INDICATOR, COOPERATING, CarriedAs.COOPERATING,
                "配合打造示范镇街", DEFINES);
        fixture.given(drafted, new LedgerTaskSubmittedEvent(TASK, COOPERATING, DEFINES))
                .when(new ConfirmContributionCommand(TASK, "2020-Q3", COOPERATING, "协助"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("co-sign-lead-tasks-only");
    }

    @Test
    void refusesCoSigningForAMalformedQuarterOrOneOutsideThePlanYear() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ConfirmContributionCommand(TASK, "2020-Q5", COOPERATING, "协助"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("invalid-quarter");
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ConfirmContributionCommand(TASK, "2021-Q1", COOPERATING, "协助"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("quarter-outside-year");
    }

    @Test
    void refusesCoSigningWithoutAContribution() {
        fixture.given(DRAFTED, SUBMITTED)
                .when(new ConfirmContributionCommand(TASK, "2020-Q3", COOPERATING, "  "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("contribution-required");
    }

    @Test
    void refusesMilestonesOutsideThePlansYear() {
        fixture.givenNoPriorActivity()
                .when(draft(DEMO_TOWNS_INDICATOR, LEAD, withDeadline(YEAR_END,
                        List.of(new Milestone(LocalDate.of(2019, 12, 1), "提前启动")))))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("deadline-outside-year");
    }

    @Test
    void aTaskWhoseIndicatorWasWithdrawnTakesNoMoreRevisionOrSubmission() {
        var drafted = new LedgerTaskDraftedEvent(TASK, PLAN, "ind-withdrawn", LEAD, CarriedAs.LEAD, TITLE,
                qualitative());
        fixture.given(drafted)
                .when(new SubmitLedgerTaskCommand(TASK, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("indicator-withdrawn");
        fixture.given(drafted)
                .when(new ReviseTaskDefinesCommand(TASK, null, withStandardAndPerson("新标准", "段重利"), "调整"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("indicator-withdrawn");
    }

    @Test
    void everyDepartmentCarriesAnIndicatorAllDepartmentsCooperateOn() {
        var partial = new SixDefines("配合安全生产", null, true, null, null, List.of(), LEAD, null, null);
        fixture.givenNoPriorActivity()
                .when(new DraftLedgerTaskCommand(TASK, PLAN, "ind-all", LEAD, TITLE, partial))
                .expectEvents(new LedgerTaskDraftedEvent(TASK, PLAN, "ind-all", LEAD, CarriedAs.COOPERATING, TITLE,
                        partial));
    }

    @Test
    void refusesADepartmentTheCatalogDoesNotKnow() {
        fixture.givenNoPriorActivity()
                .when(new DraftLedgerTaskCommand(TASK, PLAN, "ind-all", "不存在处", TITLE, DEFINES))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-department");
    }
}
