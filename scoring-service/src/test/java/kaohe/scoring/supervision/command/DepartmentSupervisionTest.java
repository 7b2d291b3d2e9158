package kaohe.scoring.supervision.command;

import kaohe.platform.command.Refusal;
import kaohe.scoring.event.BonusPointsAwardedEvent;
import kaohe.scoring.event.BreachAppealRejectedEvent;
import kaohe.scoring.event.BreachAppealedEvent;
import kaohe.scoring.event.BreachRevokedEvent;
import kaohe.scoring.event.NegativeListBreachRecordedEvent;
import kaohe.scoring.event.SupervisionScoreAssignedEvent;
import kaohe.scoring.rules.command.ScoringCatalog;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

class DepartmentSupervisionTest {

    private static final String PLAN = "plan-2020";
    private static final String LEAD = "政务服务管理处";
    private static final String OFFICE = "办公室";
    private static final String SUPERVISION = SupervisionIds.of(PLAN, LEAD);
    private static final String Q3 = "2020-Q3";
    private static final String PETITION = "ind-neg-petition";
    private static final String KEY_WORK = "ind-3";
    private static final String BREACH = "breach-1";
    private static final LocalDate BREACH_DAY = LocalDate.of(2020, 8, 20);
    private static final String WHAT_HAPPENED = "8 月 20 日发生越级集体上访一起，经市信访局通报";
    private static final List<String> BREACH_EVIDENCE = List.of("ev-petition-notice");
    private static final String CONFIRMED_BY = "段重利";

    private static final SupervisionScoreAssignedEvent SCORED_92 = new SupervisionScoreAssignedEvent(PLAN, LEAD, Q3,
            new BigDecimal("92"), null, "示范镇街推进有力");
    private static final NegativeListBreachRecordedEvent RECORDED = new NegativeListBreachRecordedEvent(BREACH, PLAN,
            LEAD, PETITION, BREACH_DAY, WHAT_HAPPENED, BREACH_EVIDENCE, CONFIRMED_BY);
    private static final BreachAppealedEvent APPEALED = new BreachAppealedEvent(BREACH, PLAN, LEAD);
    private static final BreachAppealRejectedEvent APPEAL_REJECTED = new BreachAppealRejectedEvent(BREACH, PLAN, LEAD);
    private static final BreachRevokedEvent REVOKED = new BreachRevokedEvent(BREACH, PLAN, LEAD);
    private static final BonusPointsAwardedEvent AWARDED = new BonusPointsAwardedEvent("award-1", PLAN, LEAD, Q3,
            new BigDecimal("3"));

    private AggregateTestFixture<DepartmentSupervision> fixture;

    /** The 2020 plan: two departments, one negative-list item (负面清单) and one indicator that is not one. */
    private static final class SeedCatalog implements ScoringCatalog {
        @Override
        public OptionalInt planYear(String planId) {
            return planId.equals(PLAN) ? OptionalInt.of(2020) : OptionalInt.empty();
        }

        @Override
        public boolean knowsDepartment(String planId, String department) {
            return planId.equals(PLAN) && List.of(LEAD, OFFICE).contains(department);
        }

        @Override
        public boolean isNegativeListItem(String planId, String indicatorId) {
            return planId.equals(PLAN) && indicatorId.equals(PETITION);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DepartmentSupervision.class);
        fixture.registerInjectableResource(new SeedCatalog());
    }

    private static AssignSupervisionScoreCommand score(String quarter, String score, String comment) {
        return new AssignSupervisionScoreCommand(SUPERVISION, PLAN, LEAD, quarter,
                score == null ? null : new BigDecimal(score), comment);
    }

    private static RecordBreachCommand breach(String indicatorId, LocalDate occurredOn, String description,
                                              String confirmedBy) {
        return new RecordBreachCommand(SUPERVISION, BREACH, PLAN, LEAD, indicatorId, occurredOn, description,
                BREACH_EVIDENCE, confirmedBy);
    }

    private static AwardBonusPointsCommand bonus(String awardId, String quarter, String points, String reason) {
        return new AwardBonusPointsCommand(SUPERVISION, awardId, PLAN, LEAD, quarter,
                points == null ? null : new BigDecimal(points), reason);
    }

    /**
     * A new fixture: one remembers the identifier of the first record it is given or sent to, and refuses to load
     * another — tests that send to several records start each afresh.
     */
    private AggregateTestFixture<DepartmentSupervision> afresh() {
        setUp();
        return fixture;
    }

    /** A refusal of this kind and code, naming exactly these fields. */
    private static Matcher<Refusal> refusal(Refusal.Kind kind, String code, Map<String, String> fieldErrors) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return refusal.kind() == kind && refusal.code().equals(code)
                        && refusal.fieldErrors().equals(fieldErrors);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal " + kind + " " + code + " " + fieldErrors);
            }
        };
    }

    private static final Matcher<Refusal> MISMATCH = refusal(Refusal.Kind.INVALID, "supervision-mismatch", Map.of());
    private static final Matcher<Refusal> INVALID_QUARTER = refusal(Refusal.Kind.INVALID, "invalid-quarter",
            Map.of("quarter", "invalid-quarter"));
    private static final Matcher<Refusal> OUTSIDE_PLAN_YEAR = refusal(Refusal.Kind.INVALID,
            "quarter-outside-plan-year", Map.of("quarter", "quarter-outside-plan-year"));

    /** Not a quarter at all: wrong shape, quarter 0 or 5, lower case, padded, full-width digits, empty, none. */
    private static final String[] MALFORMED_QUARTERS = {"2020-3", "2020-Q5", "2020-Q0", "2020Q3", "2020-q3",
            " 2020-Q3", "2020-Q3 ", "20-Q3", "２０２０-Q3", "2020-Q3-1", "", null};

    /** Well-formed quarters of other years than the plan's 2020. */
    private static final String[] OTHER_YEARS_QUARTERS = {"2019-Q4", "2021-Q1", "0000-Q1"};

    // --- supervision scores (督办评分) -----------------------------------------------------------------------------

    @Test
    void scoresAQuarterForTheFirstTime() {
        fixture.givenNoPriorActivity()
                .when(score(Q3, "92", "示范镇街推进有力"))
                .expectEvents(SCORED_92);
    }

    @Test
    void aChangedScoreCarriesTheScoreBefore() {
        fixture.given(SCORED_92)
                .when(score(Q3, "88.5", "示范社区验收资料不全"))
                .expectEvents(new SupervisionScoreAssignedEvent(PLAN, LEAD, Q3, new BigDecimal("88.5"),
                        new BigDecimal("92"), "示范社区验收资料不全"));
    }

    @Test
    void aChangedCommentAloneIsAChange() {
        fixture.given(SCORED_92)
                .when(score(Q3, "92", "示范镇街推进有力，台账规范"))
                .expectEvents(new SupervisionScoreAssignedEvent(PLAN, LEAD, Q3, new BigDecimal("92"),
                        new BigDecimal("92"), "示范镇街推进有力，台账规范"));
    }

    @Test
    void eachQuarterIsScoredOnItsOwn() {
        fixture.given(SCORED_92)
                .when(score("2020-Q4", "92", "示范镇街推进有力"))
                .expectEvents(new SupervisionScoreAssignedEvent(PLAN, LEAD, "2020-Q4", new BigDecimal("92"), null,
                        "示范镇街推进有力"));
    }

    @Test
    void refusesTheSameScoreAndCommentAgain() {
        fixture.given(SCORED_92)
                .when(score(Q3, "92.00", "示范镇街推进有力"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("no-change");
    }

    @Test
    void acceptsScoresOf0And100() {
        fixture.givenNoPriorActivity()
                .when(score(Q3, "0", null))
                .expectEvents(new SupervisionScoreAssignedEvent(PLAN, LEAD, Q3, new BigDecimal("0"), null, null));
        fixture.givenNoPriorActivity()
                .when(score(Q3, "100", null))
                .expectEvents(new SupervisionScoreAssignedEvent(PLAN, LEAD, Q3, new BigDecimal("100"), null, null));
    }

    @Test
    void refusesAScoreOutside0To100() {
        for (String outOfRange : new String[] {"-1", "100.01", "120", null}) {
            fixture.givenNoPriorActivity()
                    .when(score(Q3, outOfRange, "评分"))
                    .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("score-out-of-range");
        }
    }

    @Test
    void refusesAMalformedQuarter() {
        for (String quarter : MALFORMED_QUARTERS) {
            fixture.givenNoPriorActivity()
                    .when(score(quarter, "90", "评分"))
                    .expectNoEvents().expectException(INVALID_QUARTER);
        }
    }

    @Test
    void refusesAWellFormedQuarterOutsideThePlanYear() {
        for (String quarter : OTHER_YEARS_QUARTERS) {
            fixture.givenNoPriorActivity()
                    .when(score(quarter, "90", "评分"))
                    .expectNoEvents().expectException(OUTSIDE_PLAN_YEAR);
        }
    }

    @Test
    void refusesAScoreSentToAnotherDepartmentsOrPlansRecord() {
        // the office's score sent to the lead department's record, new or already holding a score
        var officeScoreToLead = new AssignSupervisionScoreCommand(SUPERVISION, PLAN, OFFICE, Q3,
                new BigDecimal("80"), "报送不及时");
        afresh().givenNoPriorActivity()
                .when(officeScoreToLead)
                .expectNoEvents().expectException(MISMATCH);
        afresh().given(SCORED_92)
                .when(officeScoreToLead)
                .expectNoEvents().expectException(MISMATCH);
        // the lead department's score sent to its record of another plan, or to a record of no plan and department
        for (String supervisionId : new String[] {SupervisionIds.of("plan-2021", LEAD), "supervision-1"}) {
            afresh().givenNoPriorActivity()
                    .when(new AssignSupervisionScoreCommand(supervisionId, PLAN, LEAD, Q3, new BigDecimal("90"), null))
                    .expectNoEvents().expectException(MISMATCH);
        }
        // sent to the office's own record, the same score is accepted
        afresh().givenNoPriorActivity()
                .when(new AssignSupervisionScoreCommand(SupervisionIds.of(PLAN, OFFICE), PLAN, OFFICE, Q3,
                        new BigDecimal("80"), "报送不及时"))
                .expectEvents(new SupervisionScoreAssignedEvent(PLAN, OFFICE, Q3, new BigDecimal("80"), null,
                        "报送不及时"));
    }

    @Test
    void refusesAScoreInAnUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(new AssignSupervisionScoreCommand(SupervisionIds.of("plan-2019", LEAD), "plan-2019", LEAD,
                        "2019-Q3", new BigDecimal("90"), null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-plan");
    }

    @Test
    void refusesAScoreForAnUnknownDepartment() {
        fixture.givenNoPriorActivity()
                .when(new AssignSupervisionScoreCommand(SupervisionIds.of(PLAN, "不存在处"), PLAN, "不存在处", Q3,
                        new BigDecimal("90"), null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-department");
    }

    // --- negative-list breaches (负面清单) -------------------------------------------------------------------------

    @Test
    void recordsABreachOfANegativeListItem() {
        fixture.givenNoPriorActivity()
                .when(breach(PETITION, BREACH_DAY, "  " + WHAT_HAPPENED + " ", " " + CONFIRMED_BY))
                .expectEvents(RECORDED);
    }

    @Test
    void recordsASecondBreachBesideTheFirst() {
        fixture.given(RECORDED)
                .when(new RecordBreachCommand(SUPERVISION, "breach-2", PLAN, LEAD, PETITION,
                        LocalDate.of(2020, 12, 31), "12 月 31 日再次发生越级上访", List.of(), CONFIRMED_BY))
                .expectEvents(new NegativeListBreachRecordedEvent("breach-2", PLAN, LEAD, PETITION,
                        LocalDate.of(2020, 12, 31), "12 月 31 日再次发生越级上访", List.of(), CONFIRMED_BY));
    }

    @Test
    void recordsABreachWithoutEvidenceAsAnEmptyList() {
        fixture.givenNoPriorActivity()
                .when(new RecordBreachCommand(SUPERVISION, BREACH, PLAN, LEAD, PETITION, BREACH_DAY, WHAT_HAPPENED,
                        null, CONFIRMED_BY))
                .expectEvents(new NegativeListBreachRecordedEvent(BREACH, PLAN, LEAD, PETITION, BREACH_DAY,
                        WHAT_HAPPENED, List.of(), CONFIRMED_BY));
    }

    @Test
    void refusesABreachSentToAnotherDepartmentsOrPlansRecord() {
        // a breach of the office sent to the lead department's record, new or already holding a breach
        var officeBreachToLead = new RecordBreachCommand(SUPERVISION, "breach-office", PLAN, OFFICE, PETITION,
                LocalDate.of(2020, 10, 12), "10 月 12 日发生越级集体上访一起", List.of(), CONFIRMED_BY);
        afresh().givenNoPriorActivity()
                .when(officeBreachToLead)
                .expectNoEvents().expectException(MISMATCH);
        afresh().given(RECORDED)
                .when(officeBreachToLead)
                .expectNoEvents().expectException(MISMATCH);
        // the lead department's breach sent to its record of another plan, or to a record of no plan and department
        for (String supervisionId : new String[] {SupervisionIds.of("plan-2021", LEAD), "supervision-1"}) {
            afresh().givenNoPriorActivity()
                    .when(new RecordBreachCommand(supervisionId, BREACH, PLAN, LEAD, PETITION, BREACH_DAY,
                            WHAT_HAPPENED, BREACH_EVIDENCE, CONFIRMED_BY))
                    .expectNoEvents().expectException(MISMATCH);
        }
        // sent to the office's own record, the same breach is recorded
        afresh().givenNoPriorActivity()
                .when(new RecordBreachCommand(SupervisionIds.of(PLAN, OFFICE), "breach-office", PLAN, OFFICE,
                        PETITION, LocalDate.of(2020, 10, 12), "10 月 12 日发生越级集体上访一起", List.of(), CONFIRMED_BY))
                .expectEvents(new NegativeListBreachRecordedEvent("breach-office", PLAN, OFFICE, PETITION,
                        LocalDate.of(2020, 10, 12), "10 月 12 日发生越级集体上访一起", List.of(), CONFIRMED_BY));
    }

    @Test
    void refusesABreachOfAnythingButANegativeListItem() {
        fixture.givenNoPriorActivity()
                .when(breach(KEY_WORK, BREACH_DAY, WHAT_HAPPENED, CONFIRMED_BY))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-negative-list-item");
        fixture.givenNoPriorActivity()
                .when(breach("ind-404", BREACH_DAY, WHAT_HAPPENED, CONFIRMED_BY))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-negative-list-item");
    }

    @Test
    void refusesABreachDatedOutsideThePlanYear() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2019, 12, 31), LocalDate.of(2021, 1, 1), null}) {
            fixture.givenNoPriorActivity()
                    .when(breach(PETITION, day, WHAT_HAPPENED, CONFIRMED_BY))
                    .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("date-outside-plan-year");
        }
    }

    @Test
    void refusesABreachWithoutDescriptionOrConfirmation() {
        for (String blank : new String[] {null, "", "   "}) {
            fixture.givenNoPriorActivity()
                    .when(breach(PETITION, BREACH_DAY, blank, CONFIRMED_BY))
                    .expectNoEvents().expectException(Refusal.class)
                    .expectExceptionMessage("breach-description-required");
            fixture.givenNoPriorActivity()
                    .when(breach(PETITION, BREACH_DAY, WHAT_HAPPENED, blank))
                    .expectNoEvents().expectException(Refusal.class)
                    .expectExceptionMessage("breach-confirmation-required");
        }
    }

    @Test
    void refusesABreachInAnUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(new RecordBreachCommand(SupervisionIds.of("plan-2019", LEAD), BREACH, "plan-2019", LEAD,
                        PETITION, LocalDate.of(2019, 8, 20), WHAT_HAPPENED, List.of(), CONFIRMED_BY))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-plan");
    }

    @Test
    void refusesABreachOfAnUnknownDepartment() {
        fixture.givenNoPriorActivity()
                .when(new RecordBreachCommand(SupervisionIds.of(PLAN, "不存在处"), BREACH, PLAN, "不存在处", PETITION,
                        BREACH_DAY, WHAT_HAPPENED, List.of(), CONFIRMED_BY))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-department");
    }

    @Test
    void refusesTheSameBreachIdTwice() {
        fixture.given(RECORDED)
                .when(breach(PETITION, BREACH_DAY, WHAT_HAPPENED, CONFIRMED_BY))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-exists");
        fixture.given(RECORDED, REVOKED)
                .when(breach(PETITION, BREACH_DAY, WHAT_HAPPENED, CONFIRMED_BY))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-exists");
    }

    // --- appeal (申诉), rejection, revocation ----------------------------------------------------------------------

    @Test
    void theDepartmentAppealsARecordedBreach() {
        fixture.given(RECORDED)
                .when(new AppealBreachCommand(SUPERVISION, BREACH, "上访人员诉求属历史遗留问题，非我处职责"))
                .expectEvents(APPEALED);
    }

    @Test
    void refusesAnAppealWithoutReason() {
        for (String blank : new String[] {null, "", " "}) {
            fixture.given(RECORDED)
                    .when(new AppealBreachCommand(SUPERVISION, BREACH, blank))
                    .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
        }
    }

    @Test
    void refusesAnAppealOfAnUnknownBreach() {
        fixture.given(RECORDED)
                .when(new AppealBreachCommand(SUPERVISION, "breach-404", "申诉理由"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-breach");
    }

    @Test
    void aBreachIsAppealedOnlyOnceAndNotAfterRevocation() {
        fixture.given(RECORDED, APPEALED)
                .when(new AppealBreachCommand(SUPERVISION, BREACH, "再次申诉"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-state");
        fixture.given(RECORDED, APPEALED, APPEAL_REJECTED)
                .when(new AppealBreachCommand(SUPERVISION, BREACH, "再次申诉"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-state");
        fixture.given(RECORDED, REVOKED)
                .when(new AppealBreachCommand(SUPERVISION, BREACH, "申诉"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-state");
    }

    @Test
    void theOfficeRejectsAPendingAppeal() {
        fixture.given(RECORDED, APPEALED)
                .when(new RejectBreachAppealCommand(SUPERVISION, BREACH, "经核实，上访事项属本处职责范围"))
                .expectEvents(APPEAL_REJECTED);
    }

    @Test
    void refusesToRejectWhereNoAppealIsPending() {
        fixture.given(RECORDED)
                .when(new RejectBreachAppealCommand(SUPERVISION, BREACH, "驳回"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-state");
        fixture.given(RECORDED, APPEALED, APPEAL_REJECTED)
                .when(new RejectBreachAppealCommand(SUPERVISION, BREACH, "驳回"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-state");
        fixture.given(RECORDED, APPEALED, REVOKED)
                .when(new RejectBreachAppealCommand(SUPERVISION, BREACH, "驳回"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-state");
        fixture.given(RECORDED)
                .when(new RejectBreachAppealCommand(SUPERVISION, "breach-404", "驳回"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-breach");
    }

    @Test
    void refusesARejectionWithoutReason() {
        fixture.given(RECORDED, APPEALED)
                .when(new RejectBreachAppealCommand(SUPERVISION, BREACH, " "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void theOfficeRevokesARecordedAppealedOrUpheldBreach() {
        fixture.given(RECORDED)
                .when(new RevokeBreachCommand(SUPERVISION, BREACH, "经复核，认定有误"))
                .expectEvents(REVOKED);
        fixture.given(RECORDED, APPEALED)
                .when(new RevokeBreachCommand(SUPERVISION, BREACH, "申诉成立"))
                .expectEvents(REVOKED);
        fixture.given(RECORDED, APPEALED, APPEAL_REJECTED)
                .when(new RevokeBreachCommand(SUPERVISION, BREACH, "市信访局撤回通报"))
                .expectEvents(REVOKED);
    }

    @Test
    void refusesToRevokeTwiceOrAnUnknownBreach() {
        fixture.given(RECORDED, REVOKED)
                .when(new RevokeBreachCommand(SUPERVISION, BREACH, "撤销"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("breach-state");
        fixture.given(RECORDED)
                .when(new RevokeBreachCommand(SUPERVISION, "breach-404", "撤销"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-breach");
    }

    @Test
    void refusesARevocationWithoutReason() {
        fixture.given(RECORDED)
                .when(new RevokeBreachCommand(SUPERVISION, BREACH, null))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    // --- bonus points (加分) ---------------------------------------------------------------------------------------

    @Test
    void awardsBonusPointsForAQuarter() {
        fixture.givenNoPriorActivity()
                .when(bonus("award-1", Q3, "3", "承办全市政务服务现场会"))
                .expectEvents(AWARDED);
    }

    @Test
    void awardsUpTo20PointsAtOnce() {
        fixture.given(AWARDED)
                .when(bonus("award-2", "2020-Q4", "20", "获国务院办公厅通报表扬"))
                .expectEvents(new BonusPointsAwardedEvent("award-2", PLAN, LEAD, "2020-Q4", new BigDecimal("20")));
    }

    @Test
    void refusesBonusPointsOfNoneNegativeOrOver20() {
        for (String points : new String[] {"0", "-1", "20.01", null}) {
            fixture.givenNoPriorActivity()
                    .when(bonus("award-1", Q3, points, "加分理由"))
                    .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("bonus-out-of-range");
        }
    }

    @Test
    void refusesBonusPointsWithoutReason() {
        fixture.givenNoPriorActivity()
                .when(bonus("award-1", Q3, "3", "  "))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("reason-required");
    }

    @Test
    void refusesBonusPointsForAMalformedQuarter() {
        for (String quarter : MALFORMED_QUARTERS) {
            fixture.givenNoPriorActivity()
                    .when(bonus("award-1", quarter, "3", "加分理由"))
                    .expectNoEvents().expectException(INVALID_QUARTER);
        }
    }

    @Test
    void refusesBonusPointsForAQuarterOutsideThePlanYear() {
        for (String quarter : OTHER_YEARS_QUARTERS) {
            fixture.givenNoPriorActivity()
                    .when(bonus("award-1", quarter, "3", "加分理由"))
                    .expectNoEvents().expectException(OUTSIDE_PLAN_YEAR);
        }
    }

    @Test
    void refusesBonusPointsSentToAnotherDepartmentsOrPlansRecord() {
        // the office's bonus sent to the lead department's record, new or already holding an award
        var officeBonusToLead = new AwardBonusPointsCommand(SUPERVISION, "award-office", PLAN, OFFICE, "2020-Q4",
                new BigDecimal("1.5"), "十月公文办理零差错");
        afresh().givenNoPriorActivity()
                .when(officeBonusToLead)
                .expectNoEvents().expectException(MISMATCH);
        afresh().given(AWARDED)
                .when(officeBonusToLead)
                .expectNoEvents().expectException(MISMATCH);
        // the lead department's bonus sent to its record of another plan, or to a record of no plan and department
        for (String supervisionId : new String[] {SupervisionIds.of("plan-2021", LEAD), "supervision-1"}) {
            afresh().givenNoPriorActivity()
                    .when(new AwardBonusPointsCommand(supervisionId, "award-1", PLAN, LEAD, Q3, new BigDecimal("3"),
                            "承办全市政务服务现场会"))
                    .expectNoEvents().expectException(MISMATCH);
        }
        // sent to the office's own record, the same bonus is awarded
        afresh().givenNoPriorActivity()
                .when(new AwardBonusPointsCommand(SupervisionIds.of(PLAN, OFFICE), "award-office", PLAN, OFFICE,
                        "2020-Q4", new BigDecimal("1.5"), "十月公文办理零差错"))
                .expectEvents(new BonusPointsAwardedEvent("award-office", PLAN, OFFICE, "2020-Q4",
                        new BigDecimal("1.5")));
    }

    @Test
    void refusesBonusPointsForAnUnknownDepartment() {
        fixture.givenNoPriorActivity()
                .when(new AwardBonusPointsCommand(SupervisionIds.of(PLAN, "不存在处"), "award-1", PLAN, "不存在处", Q3,
                        new BigDecimal("3"), "加分理由"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("unknown-department");
    }

    @Test
    void refusesTheSameAwardIdTwice() {
        fixture.given(AWARDED)
                .when(bonus("award-1", "2020-Q4", "5", "另一项加分"))
                .expectNoEvents().expectException(Refusal.class).expectExceptionMessage("award-exists");
    }
}
