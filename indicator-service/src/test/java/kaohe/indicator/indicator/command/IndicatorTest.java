package kaohe.indicator.indicator.command;

import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorTextRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.Target;
import kaohe.platform.command.Refusal;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

class IndicatorTest {

    private static final String ID = "ind-3";
    private static final Target DEMO_TOWNS = new Target("T1", new BigDecimal("30"), "个", "示范镇街");
    private static final Target DEMO_COMMUNITIES = new Target("T2", new BigDecimal("40"), "个", "示范社区");
    private static final IndicatorDefinedEvent DEFINED = new IndicatorDefinedEvent(ID, "plan-2020",
            IndicatorKind.MUNICIPAL_KEY_WORK, "市考个性工作-3", "十项重点工作", "打造 30 个示范镇街和 40 个示范社区。", false,
            List.of(DEMO_TOWNS, DEMO_COMMUNITIES), List.of("政务服务管理处"), List.of(), false, List.of("张新鳌"), null);

    private AggregateTestFixture<Indicator> fixture;

    /** The seed's plan, as far as the aggregate needs to know it. */
    private static final class SeedPlan implements PlanDirectory {
        private final Set<String> departments = Set.of("政务服务管理处", "审批制度改革处", "办公室");
        private final Set<String> leaders = Set.of("张新鳌", "段重利");

        @Override
        public boolean planExists(String planId) {
            return planId.equals("plan-2020");
        }

        @Override
        public boolean departmentRegistered(String planId, String department) {
            return planExists(planId) && departments.contains(department);
        }

        @Override
        public boolean leaderRegistered(String planId, String leader) {
            return planExists(planId) && leaders.contains(leader);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
        fixture.registerInjectableResource(new SeedPlan());
    }

    private static DefineIndicatorCommand define(String planId, IndicatorKind kind, List<Target> targets,
                                                 List<String> lead, List<String> cooperating, List<String> leaders,
                                                 String cityLeadUnit) {
        return new DefineIndicatorCommand(ID, planId, kind, "市考个性工作-3", "十项重点工作", "打造 30 个示范镇街和 40 个示范社区。",
                false, targets, lead, cooperating, false, leaders, cityLeadUnit);
    }

    @Test
    void definesAnIndicatorWithItsTargetsDepartmentsAndLeaders() {
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.MUNICIPAL_KEY_WORK, List.of(DEMO_TOWNS, DEMO_COMMUNITIES),
                        List.of("政务服务管理处"), List.of(), List.of("张新鳌"), null))
                .expectEvents(DEFINED);
    }

    @Test
    void refusesAnIndicatorOfAnUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(define("plan-1999", IndicatorKind.COMMON, List.of(), List.of("办公室"), List.of(), List.of(), null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-plan");
    }

    @Test
    void refusesUnknownDepartmentsAndLeaders() {
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.COMMON, List.of(), List.of("市级不存在处"), List.of(), List.of(),
                        null))
                .expectNoEvents().expectExceptionMessage("unknown-department");
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.COMMON, List.of(), List.of("办公室"), List.of(), List.of("无名氏"),
                        null))
                .expectNoEvents().expectExceptionMessage("unknown-leader");
    }

    @Test
    void refusesAnIndicatorWithoutLeadDepartmentOrWithOneBothLeadingAndCooperating() {
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.COMMON, List.of(), List.of(), List.of(), List.of(), null))
                .expectNoEvents().expectExceptionMessage("lead-department-required");
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.COMMON, List.of(), List.of("办公室"), List.of("办公室"),
                        List.of(), null))
                .expectNoEvents().expectExceptionMessage("lead-also-cooperating");
    }

    @Test
    void refusesNegativeAndDuplicateTargets() {
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.COMMON,
                        List.of(new Target("T1", new BigDecimal("-1"), "个", null)), List.of("办公室"), List.of(),
                        List.of(), null))
                .expectNoEvents().expectExceptionMessage("negative-target");
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.COMMON, List.of(DEMO_TOWNS, DEMO_TOWNS), List.of("办公室"),
                        List.of(), List.of(), null))
                .expectNoEvents().expectExceptionMessage("duplicate-target-key");
    }

    @Test
    void aNegativeListIndicatorNeedsItsCityLeadUnit() {
        fixture.givenNoPriorActivity()
                .when(define("plan-2020", IndicatorKind.NEGATIVE_LIST, List.of(), List.of("办公室"), List.of(),
                        List.of(), " "))
                .expectNoEvents().expectExceptionMessage("city-lead-unit-required");
    }

    @Test
    void revisesTheTextWithAReason() {
        fixture.given(DEFINED)
                .when(new ReviseIndicatorTextCommand(ID, 0L, "打造 35 个示范镇街和 40 个示范社区。", "市考核办调整"))
                .expectEvents(new IndicatorTextRevisedEvent(ID, DEFINED.text(), "打造 35 个示范镇街和 40 个示范社区。"));
    }

    @Test
    void refusesARevisionWithoutReasonOrWithoutChange() {
        fixture.given(DEFINED)
                .when(new ReviseIndicatorTextCommand(ID, 0L, "新内容", " "))
                .expectNoEvents().expectExceptionMessage("reason-required");
        fixture.given(DEFINED)
                .when(new ReviseIndicatorTextCommand(ID, 0L, DEFINED.text(), "无变化"))
                .expectNoEvents().expectExceptionMessage("no-change");
    }

    @Test
    void refusesARevisionAgainstAStaleVersion() {
        fixture.given(DEFINED, new IndicatorTextRevisedEvent(ID, DEFINED.text(), "第二版"))
                .when(new ReviseIndicatorTextCommand(ID, 0L, "第三版", "基于旧版本的修改"))
                .expectNoEvents().expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void revisesATargetFromWhatItWasToWhatItIs() {
        var revised = new Target("T1", new BigDecimal("35"), "个", "示范镇街");
        fixture.given(DEFINED)
                .when(new ReviseIndicatorTargetCommand(ID, 0L, revised, "市考核办调整目标"))
                .expectEvents(new IndicatorTargetRevisedEvent(ID, DEMO_TOWNS, revised));
    }

    @Test
    void addsANewTargetWithNothingBefore() {
        var added = new Target("T3", new BigDecimal("15"), "分钟", "政务服务圈");
        fixture.given(DEFINED)
                .when(new ReviseIndicatorTargetCommand(ID, 0L, added, "补充量化目标"))
                .expectEvents(new IndicatorTargetRevisedEvent(ID, null, added));
    }

    @Test
    void refusesATargetRevisionThatChangesNothingOrIsNegative() {
        fixture.given(DEFINED)
                .when(new ReviseIndicatorTargetCommand(ID, 0L, new Target("T1", new BigDecimal("30.0"), "个", "示范镇街"),
                        "无变化"))
                .expectNoEvents().expectExceptionMessage("no-change");
        fixture.given(DEFINED)
                .when(new ReviseIndicatorTargetCommand(ID, 0L, new Target("T1", new BigDecimal("-3"), "个", null),
                        "负数"))
                .expectNoEvents().expectExceptionMessage("negative-target");
    }

    @Test
    void reassignsDepartmentsKeepingWhatTheyWere() {
        fixture.given(DEFINED)
                .when(new AssignDepartmentsCommand(ID, 0L, List.of("政务服务管理处"), List.of("审批制度改革处"), false,
                        "增加配合处室"))
                .expectEvents(new IndicatorDepartmentsAssignedEvent(ID, List.of("政务服务管理处"), List.of(), false,
                        List.of("政务服务管理处"), List.of("审批制度改革处"), false));
    }

    @Test
    void refusesAReassignmentToUnknownDepartmentsOrWithoutChange() {
        fixture.given(DEFINED)
                .when(new AssignDepartmentsCommand(ID, 0L, List.of("市级不存在处"), List.of(), false, "调整"))
                .expectNoEvents().expectExceptionMessage("unknown-department");
        fixture.given(DEFINED)
                .when(new AssignDepartmentsCommand(ID, 0L, List.of("政务服务管理处"), List.of(), false, "调整"))
                .expectNoEvents().expectExceptionMessage("no-change");
        fixture.given(DEFINED)
                .when(new AssignDepartmentsCommand(ID, 0L, List.of("办公室"), List.of(), false, ""))
                .expectNoEvents().expectExceptionMessage("reason-required");
    }

    @Test
    void reassignsLeaders() {
        fixture.given(DEFINED)
                .when(new AssignLeadersCommand(ID, 0L, List.of("段重利", "张新鳌"), "分工调整"))
                .expectEvents(new IndicatorLeadersAssignedEvent(ID, List.of("张新鳌"), List.of("段重利", "张新鳌")));
        fixture.given(DEFINED)
                .when(new AssignLeadersCommand(ID, 0L, List.of("无名氏"), "分工调整"))
                .expectNoEvents().expectExceptionMessage("unknown-leader");
        fixture.given(DEFINED)
                .when(new AssignLeadersCommand(ID, 0L, List.of("张新鳌", "张新鳌"), "分工调整"))
                .expectNoEvents().expectExceptionMessage("duplicate-leader");
    }

    @Test
    void withdrawsOnceAndThenTakesNoMoreChanges() {
        fixture.given(DEFINED)
                .when(new WithdrawIndicatorCommand(ID, 0L, "市考核办取消该项"))
                .expectEvents(new IndicatorWithdrawnEvent(ID));
        fixture.given(DEFINED, new IndicatorWithdrawnEvent(ID))
                .when(new ReviseIndicatorTextCommand(ID, 1L, "新内容", "理由"))
                .expectNoEvents().expectExceptionMessage("indicator-withdrawn");
        fixture.given(DEFINED, new IndicatorWithdrawnEvent(ID))
                .when(new WithdrawIndicatorCommand(ID, 1L, "再次撤销"))
                .expectNoEvents().expectExceptionMessage("indicator-withdrawn");
        fixture.given(DEFINED)
                .when(new WithdrawIndicatorCommand(ID, 0L, null))
                .expectNoEvents().expectExceptionMessage("reason-required");
    }
}
