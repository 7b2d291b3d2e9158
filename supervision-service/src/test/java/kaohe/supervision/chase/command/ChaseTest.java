package kaohe.supervision.chase.command;

import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.Refusal;
import kaohe.supervision.FixedDirectory;
import kaohe.supervision.event.ChaseAcceptedEvent;
import kaohe.supervision.event.ChaseClosedEvent;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSignedEvent;
import kaohe.supervision.event.ChaseSubject;
import kaohe.supervision.event.ChaseSubjectKind;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static kaohe.supervision.FixedDirectory.LEAD;
import static kaohe.supervision.FixedDirectory.OTHER;

class ChaseTest {

    private static final String CHASE = "chase-1";
    private static final String PLAN = "plan-2020";
    private static final LocalDate OPENED_ON = LocalDate.of(2020, 8, 10);
    private static final LocalDate REPLY_BY = LocalDate.of(2020, 8, 20);
    private static final LocalDate AGAIN_BY = LocalDate.of(2020, 8, 31);
    private static final ChaseSubject CHECK = new ChaseSubject(ChaseSubjectKind.MONTHLY_CHECK, "check-2020-07",
            "7月月度检查");
    private static final String TITLE = "7月月度检查逾期未报";
    private static final String MESSAGE = "请于8月20日前报送7月月度检查及佐证材料。";
    private static final String PROGRESS = "已补报7月月度检查，附会议纪要。";
    private static final List<String> EVIDENCE = List.of("ev-minutes", "ev-photos");

    private static final ChaseOpenedEvent OPENED = new ChaseOpenedEvent(CHASE, PLAN, LEAD, CHECK, TITLE, MESSAGE,
            REPLY_BY, OPENED_ON);
    private static final ChaseSignedEvent SIGNED = new ChaseSignedEvent(CHASE, PLAN, LEAD, OPENED_ON);
    private static final ChaseRepliedEvent REPLIED_LATE = new ChaseRepliedEvent(CHASE, PLAN, LEAD, 1, PROGRESS,
            EVIDENCE, LocalDate.of(2020, 8, 23), REPLY_BY, 3);
    private static final ChaseSentBackEvent SENT_BACK = new ChaseSentBackEvent(CHASE, PLAN, LEAD, 1, REPLY_BY,
            AGAIN_BY);
    private static final ChaseRepliedEvent REPLIED_AGAIN_LATE = new ChaseRepliedEvent(CHASE, PLAN, LEAD, 2,
            PROGRESS, EVIDENCE, LocalDate.of(2020, 9, 2), AGAIN_BY, 2);
    private static final ChaseAcceptedEvent ACCEPTED = new ChaseAcceptedEvent(CHASE, PLAN, LEAD, 2, "材料齐全",
            LocalDate.of(2020, 9, 3));
    private static final ChaseClosedEvent CLOSED = new ChaseClosedEvent(CHASE, PLAN, LEAD, LocalDate.of(2020, 9, 4),
            2, 5);
    private static final ChaseWithdrawnEvent WITHDRAWN = new ChaseWithdrawnEvent(CHASE, PLAN, LEAD);

    /** A fixture whose business day is {@code day}. */
    private static AggregateTestFixture<Chase> on(LocalDate day) {
        var fixture = new AggregateTestFixture<>(Chase.class);
        fixture.registerInjectableResource(new FixedDirectory());
        fixture.registerInjectableResource(BusinessDay.fixedOn(Clock.systemUTC(), day));
        return fixture;
    }

    private static OpenChaseCommand open(String planId, String department, ChaseSubject subject, LocalDate replyBy) {
        return new OpenChaseCommand(CHASE, planId, department, subject, TITLE, MESSAGE, replyBy);
    }

    private static void refused(ResultValidator<Chase> result, String code) {
        result.expectNoEvents().expectException(Refusal.class).expectExceptionMessage(code);
    }

    // --- 立项 -----------------------------------------------------------------------------------------------------

    @Test
    void opensAChaseToADepartmentOfThePlan() {
        on(OPENED_ON).givenNoPriorActivity()
                .when(open(PLAN, LEAD, CHECK, REPLY_BY))
                .expectEvents(OPENED);
    }

    @Test
    void opensAChaseAboutAWholeDepartmentDueToday() {
        var wholeDepartment = new ChaseSubject(ChaseSubjectKind.DEPARTMENT, null, OTHER);
        on(OPENED_ON).givenNoPriorActivity()
                .when(open(PLAN, OTHER, wholeDepartment, OPENED_ON))
                .expectEvents(new ChaseOpenedEvent(CHASE, PLAN, OTHER, wholeDepartment, TITLE, MESSAGE, OPENED_ON,
                        OPENED_ON));
    }

    @Test
    void refusesADepartmentThatTakesNoPartInThePlan() {
        refused(on(OPENED_ON).givenNoPriorActivity().when(open(PLAN, FixedDirectory.OUTSIDER, CHECK, REPLY_BY)),
                "department-not-in-plan");
        refused(on(OPENED_ON).givenNoPriorActivity().when(open("plan-none-2031", LEAD, CHECK, REPLY_BY)),
                "department-not-in-plan");
    }

    @Test
    void refusesAReplyByDateBeforeToday() {
        refused(on(OPENED_ON).givenNoPriorActivity().when(open(PLAN, LEAD, CHECK, OPENED_ON.minusDays(1))),
                "reply-by-in-the-past");
    }

    @Test
    void refusesASubjectWithoutItsIdOrADepartmentWithOne() {
        refused(on(OPENED_ON).givenNoPriorActivity().when(open(PLAN, LEAD,
                new ChaseSubject(ChaseSubjectKind.GAP, null, "问题整改"), REPLY_BY)), "subject-id-required");
        refused(on(OPENED_ON).givenNoPriorActivity().when(open(PLAN, LEAD,
                new ChaseSubject(ChaseSubjectKind.LEDGER_TASK, " ", "台账任务"), REPLY_BY)), "subject-id-required");
        refused(on(OPENED_ON).givenNoPriorActivity().when(open(PLAN, LEAD,
                new ChaseSubject(ChaseSubjectKind.DEPARTMENT, "dept-1", LEAD), REPLY_BY)), "subject-id-unexpected");
    }

    // --- 签收 -----------------------------------------------------------------------------------------------------

    @Test
    void theDepartmentSignsForIt() {
        on(OPENED_ON).given(OPENED)
                .when(new SignChaseCommand(CHASE, null, LEAD))
                .expectEvents(SIGNED);
    }

    @Test
    void anotherDepartmentCannotSign() {
        refused(on(OPENED_ON).given(OPENED).when(new SignChaseCommand(CHASE, null, OTHER)),
                "chase-wrong-department");
        refused(on(OPENED_ON).given(OPENED).when(new SignChaseCommand(CHASE, null, null)), "chase-wrong-department");
    }

    @Test
    void signsOnlyWhatIsNewlyOpened() {
        refused(on(OPENED_ON).given(OPENED, SIGNED).when(new SignChaseCommand(CHASE, null, LEAD)), "chase-not-open");
        refused(on(OPENED_ON).given(OPENED, SIGNED, REPLIED_LATE, SENT_BACK)
                .when(new SignChaseCommand(CHASE, null, LEAD)), "chase-not-open");
        refused(on(OPENED_ON).given(OPENED, WITHDRAWN).when(new SignChaseCommand(CHASE, null, LEAD)),
                "chase-not-open");
    }

    // --- 反馈 -----------------------------------------------------------------------------------------------------

    @Test
    void aReplyOnTimeIsNotLate() {
        on(REPLY_BY).given(OPENED, SIGNED)
                .when(new ReplyToChaseCommand(CHASE, null, LEAD, PROGRESS, EVIDENCE))
                .expectEvents(new ChaseRepliedEvent(CHASE, PLAN, LEAD, 1, PROGRESS, EVIDENCE, REPLY_BY, REPLY_BY,
                        0));
    }

    @Test
    void aReplyAfterTheReplyByDateCountsItsDaysLate() {
        on(LocalDate.of(2020, 8, 23)).given(OPENED, SIGNED)
                .when(new ReplyToChaseCommand(CHASE, null, LEAD, PROGRESS, EVIDENCE))
                .expectEvents(REPLIED_LATE);
    }

    @Test
    void aSentBackChaseIsAnsweredAgainWithoutANewSignatureAgainstItsNewDate() {
        on(LocalDate.of(2020, 9, 2)).given(OPENED, SIGNED, REPLIED_LATE, SENT_BACK)
                .when(new ReplyToChaseCommand(CHASE, null, LEAD, PROGRESS, EVIDENCE))
                .expectEvents(REPLIED_AGAIN_LATE);
    }

    @Test
    void anotherDepartmentCannotReply() {
        refused(on(REPLY_BY).given(OPENED, SIGNED).when(new ReplyToChaseCommand(CHASE, null, OTHER, PROGRESS,
                EVIDENCE)), "chase-wrong-department");
    }

    @Test
    void repliesOnlyWhenSignedOrSentBack() {
        for (var history : List.of(List.of(OPENED), List.of(OPENED, SIGNED, REPLIED_LATE),
                List.of(OPENED, SIGNED, REPLIED_LATE, ACCEPTED), List.of(OPENED, WITHDRAWN))) {
            refused(on(REPLY_BY).given(history.toArray()).when(new ReplyToChaseCommand(CHASE, null, LEAD, PROGRESS,
                    EVIDENCE)), "chase-not-awaiting-reply");
        }
    }

    @Test
    void refusesAReplyWithoutProgressOrWithEvidenceTwice() {
        refused(on(REPLY_BY).given(OPENED, SIGNED).when(new ReplyToChaseCommand(CHASE, null, LEAD, " ", EVIDENCE)),
                "progress-required");
        refused(on(REPLY_BY).given(OPENED, SIGNED).when(new ReplyToChaseCommand(CHASE, null, LEAD, PROGRESS,
                List.of("ev-minutes", "ev-minutes"))), "duplicate-evidence");
    }

    // --- 复核 -----------------------------------------------------------------------------------------------------

    @Test
    void theOfficeAcceptsTheLatestRound() {
        on(LocalDate.of(2020, 9, 3)).given(OPENED, SIGNED, REPLIED_LATE, SENT_BACK, REPLIED_AGAIN_LATE)
                .when(new AcceptChaseCommand(CHASE, null, "材料齐全"))
                .expectEvents(ACCEPTED);
    }

    @Test
    void theOfficeSendsARoundBackWithANewDate() {
        on(LocalDate.of(2020, 8, 24)).given(OPENED, SIGNED, REPLIED_LATE)
                .when(new SendBackChaseCommand(CHASE, null, "缺少佐证照片", AGAIN_BY))
                .expectEvents(SENT_BACK);
    }

    @Test
    void refusesASendBackWithoutAReasonOrWithADateInThePast() {
        var day = LocalDate.of(2020, 8, 24);
        refused(on(day).given(OPENED, SIGNED, REPLIED_LATE).when(new SendBackChaseCommand(CHASE, null, " ",
                AGAIN_BY)), "reason-required");
        refused(on(day).given(OPENED, SIGNED, REPLIED_LATE).when(new SendBackChaseCommand(CHASE, null, "缺少照片",
                day.minusDays(1))), "reply-by-in-the-past");
    }

    @Test
    void reviewsOnlyAReplyAwaitingReview() {
        for (var history : List.of(List.of(OPENED), List.of(OPENED, SIGNED),
                List.of(OPENED, SIGNED, REPLIED_LATE, SENT_BACK), List.of(OPENED, SIGNED, REPLIED_LATE, ACCEPTED))) {
            refused(on(REPLY_BY).given(history.toArray()).when(new AcceptChaseCommand(CHASE, null, null)),
                    "chase-not-replied");
            refused(on(REPLY_BY).given(history.toArray()).when(new SendBackChaseCommand(CHASE, null, "不全",
                    AGAIN_BY)), "chase-not-replied");
        }
    }

    // --- 办结 and 撤销 ---------------------------------------------------------------------------------------------

    @Test
    void closesAnAcceptedChaseWithItsRoundsAndTotalDaysLate() {
        on(LocalDate.of(2020, 9, 4)).given(OPENED, SIGNED, REPLIED_LATE, SENT_BACK, REPLIED_AGAIN_LATE, ACCEPTED)
                .when(new CloseChaseCommand(CHASE, null))
                .expectEvents(CLOSED);
    }

    @Test
    void closesOnlyAnAcceptedChase() {
        for (var history : List.of(List.of(OPENED), List.of(OPENED, SIGNED, REPLIED_LATE),
                List.of(OPENED, SIGNED, REPLIED_LATE, ACCEPTED, CLOSED))) {
            refused(on(REPLY_BY).given(history.toArray()).when(new CloseChaseCommand(CHASE, null)),
                    "chase-not-accepted");
        }
    }

    @Test
    void withdrawsAChaseInAnyStateButFinished() {
        for (var history : List.of(List.of(OPENED), List.of(OPENED, SIGNED), List.of(OPENED, SIGNED, REPLIED_LATE),
                List.of(OPENED, SIGNED, REPLIED_LATE, SENT_BACK), List.of(OPENED, SIGNED, REPLIED_LATE, ACCEPTED))) {
            on(REPLY_BY).given(history.toArray())
                    .when(new WithdrawChaseCommand(CHASE, null, "立项有误"))
                    .expectEvents(WITHDRAWN);
        }
    }

    @Test
    void refusesAWithdrawalWithoutAReasonOrOfAFinishedChase() {
        refused(on(REPLY_BY).given(OPENED).when(new WithdrawChaseCommand(CHASE, null, null)), "reason-required");
        refused(on(REPLY_BY).given(OPENED, SIGNED, REPLIED_LATE, ACCEPTED, CLOSED)
                .when(new WithdrawChaseCommand(CHASE, null, "立项有误")), "chase-finished");
        refused(on(REPLY_BY).given(OPENED, WITHDRAWN).when(new WithdrawChaseCommand(CHASE, null, "立项有误")),
                "chase-finished");
    }
}
