package kaohe.indicator.plan.command;

import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.platform.command.Refusal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class AssessmentPlanTest {

    private static final LocalDate ISSUED = LocalDate.of(2020, 7, 7);
    private static final LocalDate DUE = LocalDate.of(2020, 7, 10);
    private static final AssessmentPlanDefinedEvent DEFINED = new AssessmentPlanDefinedEvent("plan-2020", 2020,
            "2020年度目标责任考核指标任务分解", "西安市行政审批服务局", "市审批发〔2020〕14号", ISSUED, DUE);

    private AggregateTestFixture<AssessmentPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentPlan.class);
    }

    @Test
    void definesAPlanAsTheNoticeIssuedIt() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlanCommand("plan-2020", 2020, "2020年度目标责任考核指标任务分解", "西安市行政审批服务局",
                        "市审批发〔2020〕14号", ISSUED, DUE))
                .expectEvents(DEFINED);
    }

    @Test
    void refusesAnIssueDateOutsideThePlanYear() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlanCommand("plan-2020", 2020, "t", null, null, LocalDate.of(2018, 1, 1), null))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("plan-issued-outside-year");
    }

    @Test
    void refusesALiaisonDeadlineBeforeTheIssueDate() {
        fixture.givenNoPriorActivity()
                .when(new DefinePlanCommand("plan-2020", 2020, "t", null, null, ISSUED, ISSUED.minusDays(1)))
                .expectNoEvents()
                .expectExceptionMessage("liaison-due-before-issue");
    }

    @Test
    void registersDepartmentsAndLeadersOnce() {
        fixture.given(DEFINED)
                .when(new RegisterDepartmentCommand("plan-2020", "办公室"))
                .expectEvents(new DepartmentRegisteredEvent("plan-2020", "办公室"));
        fixture.given(DEFINED, new DepartmentRegisteredEvent("plan-2020", "办公室"))
                .when(new RegisterDepartmentCommand("plan-2020", "办公室"))
                .expectNoEvents()
                .expectExceptionMessage("department-already-registered");
        fixture.given(DEFINED)
                .when(new RegisterLeaderCommand("plan-2020", "段重利"))
                .expectEvents(new LeaderRegisteredEvent("plan-2020", "段重利"));
        fixture.given(DEFINED, new LeaderRegisteredEvent("plan-2020", "段重利"))
                .when(new RegisterLeaderCommand("plan-2020", "段重利"))
                .expectNoEvents()
                .expectExceptionMessage("leader-already-registered");
    }

    @Test
    void registersALeaderWithTheAccountTheySignInWith() {
        fixture.given(DEFINED)
                .when(new RegisterLeaderCommand("plan-2020", "张新鳌", "leader-zhang"))
                .expectEvents(new LeaderRegisteredEvent("plan-2020", "张新鳌"),
                        new LeaderAccountLinkedEvent("plan-2020", "张新鳌", null, "leader-zhang"));
    }

    @Test
    void oneAccountIsOneLeaderOfThePlan() {
        fixture.given(DEFINED, new LeaderRegisteredEvent("plan-2020", "张新鳌"),
                        new LeaderAccountLinkedEvent("plan-2020", "张新鳌", null, "leader-zhang"))
                .when(new RegisterLeaderCommand("plan-2020", "段重利", "leader-zhang"))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("account-already-linked");
        fixture.given(DEFINED, new LeaderRegisteredEvent("plan-2020", "张新鳌"),
                        new LeaderAccountLinkedEvent("plan-2020", "张新鳌", null, "leader-zhang"),
                        new LeaderRegisteredEvent("plan-2020", "段重利"))
                .when(new LinkLeaderAccountCommand("plan-2020", "段重利", "leader-zhang"))
                .expectNoEvents()
                .expectExceptionMessage("account-already-linked");
    }

    @Test
    void theOfficeLinksALeaderRegisteredByNameOnlyAndMayLinkAnotherAccountLater() {
        fixture.given(DEFINED, new LeaderRegisteredEvent("plan-2020", "张新鳌"))
                .when(new LinkLeaderAccountCommand("plan-2020", "张新鳌", "leader-zhang"))
                .expectEvents(new LeaderAccountLinkedEvent("plan-2020", "张新鳌", null, "leader-zhang"));
        fixture.given(DEFINED, new LeaderRegisteredEvent("plan-2020", "张新鳌"),
                        new LeaderAccountLinkedEvent("plan-2020", "张新鳌", null, "leader-zhang"))
                .when(new LinkLeaderAccountCommand("plan-2020", "张新鳌", "zhang-xinao"))
                .expectEvents(new LeaderAccountLinkedEvent("plan-2020", "张新鳌", "leader-zhang", "zhang-xinao"));
    }

    @Test
    void linkingTheAccountALeaderHasAlreadyChangesNothing() {
        fixture.given(DEFINED, new LeaderRegisteredEvent("plan-2020", "张新鳌"),
                        new LeaderAccountLinkedEvent("plan-2020", "张新鳌", null, "leader-zhang"))
                .when(new LinkLeaderAccountCommand("plan-2020", "张新鳌", "leader-zhang"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyARegisteredLeaderIsLinked() {
        fixture.given(DEFINED)
                .when(new LinkLeaderAccountCommand("plan-2020", "张新鳌", "leader-zhang"))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("leader-not-found");
    }

    @Test
    void aLiaisonNamedByTheDueDateIsOnTime() {
        fixture.given(DEFINED, new DepartmentRegisteredEvent("plan-2020", "督查处"))
                .when(new DesignateLiaisonCommand("plan-2020", "督查处", "王敏", "029-1234", DUE))
                .expectEvents(new LiaisonDesignatedEvent("plan-2020", "督查处", "王敏", "029-1234", DUE, DUE, 0));
    }

    @Test
    void aLiaisonNamedAfterTheDueDateIsFlaggedLateByDays() {
        fixture.given(DEFINED, new DepartmentRegisteredEvent("plan-2020", "督查处"))
                .when(new DesignateLiaisonCommand("plan-2020", "督查处", "王敏", null, LocalDate.of(2020, 7, 15)))
                .expectEvents(new LiaisonDesignatedEvent("plan-2020", "督查处", "王敏", null,
                        LocalDate.of(2020, 7, 15), DUE, 5));
    }

    @Test
    void refusesALiaisonForAnUnknownDepartment() {
        fixture.given(DEFINED)
                .when(new DesignateLiaisonCommand("plan-2020", "不存在处", "王敏", null, DUE))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("unknown-department");
    }
}
