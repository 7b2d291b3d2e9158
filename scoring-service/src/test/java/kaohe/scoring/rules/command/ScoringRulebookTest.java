package kaohe.scoring.rules.command;

import kaohe.platform.command.Refusal;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.ScoringRulesAdoptedEventV2;
import kaohe.scoring.event.WarningThresholds;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

class ScoringRulebookTest {

    private static final String PLAN = "plan-2020";
    private static final String SAFETY = "ind-neg-safety";
    private static final String PETITION = "ind-neg-petition";
    private static final String KEY_WORK = "ind-3";
    private static final String REASON = "党组会研究决定：加大完成情况权重";

    private static final List<ComponentRule> WEIGHTS = weights(50, 20, 10, 20);
    private static final WarningThresholds THRESHOLDS = new WarningThresholds(new BigDecimal("90"),
            new BigDecimal("80"));
    private static final BigDecimal PENALTY = new BigDecimal("5");
    private static final BigDecimal DEDUCTION = new BigDecimal("3");
    /** The default chase rules (5 per missed reply-by, 1 per day late, 3 per send-back) written at other scales. */
    private static final ChaseRules CHASE = new ChaseRules(new BigDecimal("5.0"), new BigDecimal("1.00"),
            new BigDecimal("3"));
    private static final List<BreachRule> VETO_SAFETY = List.of(new BreachRule(SAFETY, new BigDecimal("0"), true));

    private static final ScoringRulesAdoptedEventV2 VERSION_1 = adopted(PLAN, 1, WEIGHTS,
            THRESHOLDS, PENALTY, DEDUCTION, VETO_SAFETY);

    private AggregateTestFixture<ScoringRulebook> fixture;

    /** The 2020 plan: two negative-list items (负面清单) and one key-work indicator that is not one. */
    private static final class SeedCatalog implements ScoringCatalog {
        private final Map<String, Boolean> negativeList = Map.of(SAFETY, true, PETITION, true, KEY_WORK, false);

        @Override
        public OptionalInt planYear(String planId) {
            return planId.equals(PLAN) ? OptionalInt.of(2020) : OptionalInt.empty();
        }

        @Override
        public boolean knowsDepartment(String planId, String department) {
            return planId.equals(PLAN) && List.of("政务服务管理处", "办公室").contains(department);
        }

        @Override
        public boolean isNegativeListItem(String planId, String indicatorId) {
            return planId.equals(PLAN) && negativeList.getOrDefault(indicatorId, false);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScoringRulebook.class);
        fixture.registerInjectableResource(new SeedCatalog());
    }

    private static AdoptScoringRulesCommand adopt(long expectedVersion) {
        return command(PLAN, expectedVersion, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                VETO_SAFETY, REASON);
    }

    private static AdoptScoringRulesCommand withWeights(List<ComponentRule> weights) {
        return command(PLAN, 0, weights, THRESHOLDS, PENALTY, DEDUCTION, VETO_SAFETY, REASON);
    }

    private static AdoptScoringRulesCommand withThresholds(WarningThresholds thresholds) {
        return command(PLAN, 0, WEIGHTS, thresholds, PENALTY, DEDUCTION, VETO_SAFETY, REASON);
    }

    private static AdoptScoringRulesCommand withPoints(BigDecimal penalty, BigDecimal deduction) {
        return command(PLAN, 0, WEIGHTS, THRESHOLDS, penalty, deduction, VETO_SAFETY, REASON);
    }

    private static AdoptScoringRulesCommand withBreachRules(BreachRule... rules) {
        return command(PLAN, 0, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION, Arrays.asList(rules),
                REASON);
    }

    /** The four known components with their default labels, weighted as given. */
    private static List<ComponentRule> weights(int completion, int timeliness, int materials, int supervision) {
        int[] given = {completion, timeliness, materials, supervision};
        List<ComponentRule> rules = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            var known = ComponentRule.DEFAULTS.get(i);
            rules.add(new ComponentRule(known.name(), known.label(), given[i]));
        }
        return rules;
    }

    private static AdoptScoringRulesCommand command(String planId, long expectedVersion,
                                                    List<ComponentRule> components, WarningThresholds thresholds,
                                                    BigDecimal penalty, BigDecimal deduction,
                                                    List<BreachRule> breachRules, String reason) {
        return new AdoptScoringRulesCommand(planId, expectedVersion, components, thresholds, penalty, deduction,
                breachRules, CHASE, reason);
    }

    private static ScoringRulesAdoptedEventV2 adopted(String planId, int version, List<ComponentRule> components,
                                                      WarningThresholds thresholds, BigDecimal penalty,
                                                      BigDecimal deduction, List<BreachRule> breachRules) {
        return new ScoringRulesAdoptedEventV2(planId, version, components, thresholds, penalty, deduction,
                breachRules, CHASE);
    }

    private static WarningThresholds thresholds(String green, String yellow) {
        return new WarningThresholds(green == null ? null : new BigDecimal(green),
                yellow == null ? null : new BigDecimal(yellow));
    }

    private static BreachRule rule(String indicatorId, String deduction, boolean veto) {
        return new BreachRule(indicatorId, deduction == null ? null : new BigDecimal(deduction), veto);
    }

    /** A refusal of this kind with this code. */
    private static Matcher<Refusal> refusal(Refusal.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return refusal.kind() == kind && refusal.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal " + kind + " " + code);
            }
        };
    }

    // --- adopting -------------------------------------------------------------------------------------------------

    @Test
    void theFirstAdoptionIsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(adopt(0))
                .expectEvents(VERSION_1);
    }

    @Test
    void theNextAdoptionIsNumberedOneAboveTheLast() {
        var version2 = command(PLAN, 1, weights(40, 30, 10, 20), THRESHOLDS,
                PENALTY, DEDUCTION, List.of(), "及时性权重提高");
        fixture.given(VERSION_1)
                .when(version2)
                .expectEvents(adopted(PLAN, 2, weights(40, 30, 10, 20),
                        THRESHOLDS, PENALTY, DEDUCTION, List.of()));
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        // 0 < yellow < green ≤ 100; penalties and deductions 0 and 100 themselves are allowed; a weight may be 0
        var edges = command(PLAN, 0, weights(100, 0, 0, 0),
                thresholds("100", "0.01"), BigDecimal.ZERO, new BigDecimal("100"),
                List.of(rule(SAFETY, "100", false), rule(PETITION, "0", true)), REASON);
        fixture.givenNoPriorActivity()
                .when(edges)
                .expectEvents(adopted(PLAN, 1, weights(100, 0, 0, 0),
                        edges.thresholds(), BigDecimal.ZERO, new BigDecimal("100"), edges.breachRules()));
    }

    // --- refusals -------------------------------------------------------------------------------------------------

    @Test
    void refusesAStaleExpectedVersion() {
        fixture.given(VERSION_1)
                .when(adopt(0))
                .expectNoEvents().expectException(refusal(Refusal.Kind.STALE, "stale-version"));
        fixture.given(VERSION_1)
                .when(adopt(2))
                .expectNoEvents().expectException(refusal(Refusal.Kind.STALE, "stale-version"));
        fixture.givenNoPriorActivity()
                .when(adopt(1))
                .expectNoEvents().expectException(refusal(Refusal.Kind.STALE, "stale-version"));
    }

    @Test
    void refusesRulesOfAnUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(command("plan-2019", 0, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                        List.of(), REASON))
                .expectNoEvents().expectException(refusal(Refusal.Kind.NOT_FOUND, "unknown-plan"));
    }

    @Test
    void refusesAnAdoptionWithoutReason() {
        for (String reason : new String[] {null, "", "  "}) {
            fixture.givenNoPriorActivity()
                    .when(command(PLAN, 0, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION, VETO_SAFETY,
                            reason))
                    .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "reason-required"));
        }
    }

    @Test
    void refusesWeightsThatDoNotAddUpTo100OrAreNegative() {
        for (var weights : List.of(weights(40, 20, 20, 19), weights(40, 20, 20, 21),
                weights(60, -10, 30, 20), weights(0, 0, 0, 0))) {
            fixture.givenNoPriorActivity()
                    .when(withWeights(weights))
                    .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "weights-not-100"));
        }
        fixture.givenNoPriorActivity()
                .when(withWeights(null))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "weights-not-100"));
    }

    @Test
    void refusesThresholdsOutOfOrder() {
        List<WarningThresholds> outOfOrder = new ArrayList<>(List.of(
                thresholds("90", "90"),      // yellow = green
                thresholds("80", "90"),      // yellow above green
                thresholds("90", "0"),       // yellow 0
                thresholds("90", "-5"),      // yellow negative
                thresholds("100.01", "80"),  // green above 100
                thresholds(null, "80"),
                thresholds("90", null)));
        outOfOrder.add(null);
        for (var thresholds : outOfOrder) {
            fixture.givenNoPriorActivity()
                    .when(withThresholds(thresholds))
                    .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "thresholds-out-of-order"));
        }
    }

    @Test
    void refusesPenaltiesAndDeductionsOutside0To100() {
        fixture.givenNoPriorActivity()
                .when(withPoints(new BigDecimal("-1"), DEDUCTION))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(withPoints(new BigDecimal("100.5"), DEDUCTION))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(withPoints(null, DEDUCTION))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(withPoints(PENALTY, new BigDecimal("-0.5")))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(withPoints(PENALTY, new BigDecimal("101")))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule(SAFETY, "120", false)))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule(SAFETY, "-2", false)))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule(SAFETY, null, true)))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
    }

    @Test
    void refusesABreachRuleForAnythingButANegativeListItem() {
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule(KEY_WORK, "5", false)))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "unknown-negative-list-item"));
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule("ind-404", "5", false)))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "unknown-negative-list-item"));
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule(null, "5", false)))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "unknown-negative-list-item"));
    }

    @Test
    void refusesANullBreachRuleAmongOthers() {
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule(SAFETY, "5", false), null))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "unknown-negative-list-item"));
    }

    @Test
    void refusesTwoBreachRulesForTheSameItem() {
        fixture.givenNoPriorActivity()
                .when(withBreachRules(rule(SAFETY, "5", false), rule(PETITION, "2", false), rule(SAFETY, "0", true)))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "duplicate-breach-rule"));
    }

    @Test
    void refusesAFirstAdoptionThatEqualsTheDefault() {
        // the default (version 0): 40/20/20/20, green 95, yellow 85, 10 per day late, 2 per breach, no rules;
        // written with other scales it is still the same rule set
        fixture.givenNoPriorActivity()
                .when(command(PLAN, 0, weights(40, 20, 20, 20),
                        thresholds("95.0", "85.00"), new BigDecimal("10.0"), new BigDecimal("2"), List.of(), REASON))
                .expectNoEvents().expectException(refusal(Refusal.Kind.CONFLICT, "no-change"));
    }

    @Test
    void refusesAnAdoptionThatEqualsTheCurrentVersion() {
        fixture.given(VERSION_1)
                .when(command(PLAN, 1, WEIGHTS, thresholds("90.0", "80"),
                        new BigDecimal("5.00"), DEDUCTION, List.of(rule(SAFETY, "0.0", true)), "再次确认"))
                .expectNoEvents().expectException(refusal(Refusal.Kind.CONFLICT, "no-change"));
        var twoRules = adopted(PLAN, 1, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                List.of(rule(SAFETY, "0", true), rule(PETITION, "4", false)));
        fixture.given(twoRules)
                .when(command(PLAN, 1, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                        List.of(rule(PETITION, "4", false), rule(SAFETY, "0", true)), "调整顺序"))
                .expectNoEvents().expectException(refusal(Refusal.Kind.CONFLICT, "no-change"));
    }

    // --- no breach rules given (null) -----------------------------------------------------------------------------

    private static AdoptScoringRulesCommand withoutBreachRules(long expectedVersion, String reason) {
        return command(PLAN, expectedVersion, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION, null,
                reason);
    }

    @Test
    void noBreachRulesAreAdoptedAsAnEmptyList() {
        fixture.givenNoPriorActivity()
                .when(withoutBreachRules(0, REASON))
                .expectEvents(adopted(PLAN, 1, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                        List.of()));
    }

    @Test
    void noBreachRulesWhereAVetoWasInForceIsAChange() {
        // version 1 vetoes safety breaches; the same rules without breach rules drop the veto
        fixture.given(VERSION_1)
                .when(withoutBreachRules(1, "安全生产事故不再一票否决"))
                .expectEvents(adopted(PLAN, 2, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                        List.of()));
    }

    @Test
    void noBreachRulesWhereNoneWereInForceIsNoChange() {
        fixture.given(adopted(PLAN, 1, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION, List.of()))
                .when(withoutBreachRules(1, "再次确认"))
                .expectNoEvents().expectException(refusal(Refusal.Kind.CONFLICT, "no-change"));
        // the default has no breach rules either
        fixture.givenNoPriorActivity()
                .when(command(PLAN, 0, weights(40, 20, 20, 20),
                        thresholds("95", "85"), BigDecimal.TEN, new BigDecimal("2"), null, REASON))
                .expectNoEvents().expectException(refusal(Refusal.Kind.CONFLICT, "no-change"));
    }

    @Test
    void aBreachRuleTurnedIntoAVetoIsAChange() {
        var deductOnly = List.of(rule(SAFETY, "0", false));
        fixture.given(VERSION_1)
                .when(command(PLAN, 1, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION, deductOnly,
                        "安全生产事故不再一票否决"))
                .expectEvents(adopted(PLAN, 2, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                        deductOnly));
    }

    @Test
    void returningToTheDefaultIsAChangeOnceAnotherVersionIsInForce() {
        var defaults = command(PLAN, 1, weights(40, 20, 20, 20),
                thresholds("95", "85"), BigDecimal.TEN, new BigDecimal("2"), List.of(), "恢复默认规则");
        fixture.given(VERSION_1)
                .when(defaults)
                .expectEvents(adopted(PLAN, 2, defaults.components(), defaults.thresholds(),
                        BigDecimal.TEN, new BigDecimal("2"), List.of()));
    }

    // --- components keyed by name, chase rules (v2) ---------------------------------------------------------------

    private static AdoptScoringRulesCommand withComponents(List<ComponentRule> components) {
        return new AdoptScoringRulesCommand(PLAN, 0, components, THRESHOLDS, PENALTY, DEDUCTION, VETO_SAFETY, CHASE,
                REASON);
    }

    private static AdoptScoringRulesCommand withChaseRules(ChaseRules chaseRules) {
        return new AdoptScoringRulesCommand(PLAN, 0, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION, VETO_SAFETY,
                chaseRules, REASON);
    }

    @Test
    void aComponentLeftOutWeighsNothingAndLabelsAreTheOffices() {
        var two = List.of(new ComponentRule("completion", "任务完成", 70), new ComponentRule("supervision", "督查督办", 30));
        fixture.givenNoPriorActivity()
                .when(withComponents(two))
                .expectEvents(new ScoringRulesAdoptedEventV2(PLAN, 1, two, THRESHOLDS, PENALTY, DEDUCTION,
                        VETO_SAFETY, CHASE));
    }

    @Test
    void refusesAComponentScoringCannotCompute() {
        for (var name : new String[] {"innovation", "Completion", "", null}) {
            var components = new ArrayList<>(weights(40, 20, 20, 0));
            components.add(new ComponentRule(name, "创新", 20));
            fixture.givenNoPriorActivity()
                    .when(withComponents(components))
                    .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "unknown-component"));
        }
        var withNull = new ArrayList<>(weights(40, 20, 20, 20));
        withNull.add(null);
        fixture.givenNoPriorActivity()
                .when(withComponents(withNull))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "unknown-component"));
    }

    @Test
    void refusesAComponentTwiceOrWithoutLabel() {
        fixture.givenNoPriorActivity()
                .when(withComponents(List.of(new ComponentRule("completion", "完成情况", 50),
                        new ComponentRule("completion", "完成情况二", 50))))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "duplicate-component"));
        for (var label : new String[] {null, " ", "一二三四五六七八九十一二三四五六七八九十一"}) {
            fixture.givenNoPriorActivity()
                    .when(withComponents(List.of(new ComponentRule("completion", label, 100))))
                    .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "component-label-required"));
        }
    }

    @Test
    void refusesNoComponentsAtAll() {
        fixture.givenNoPriorActivity()
                .when(withComponents(List.of()))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "weights-not-100"));
    }

    @Test
    void refusesChaseRulesMissingNegativeOrAbove100() {
        fixture.givenNoPriorActivity()
                .when(withChaseRules(null))
                .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "chase-rules-required"));
        for (var rules : List.of(new ChaseRules(new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE),
                new ChaseRules(BigDecimal.ONE, new BigDecimal("-0.5"), BigDecimal.ONE),
                new ChaseRules(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("-3")),
                new ChaseRules(new BigDecimal("101"), BigDecimal.ONE, BigDecimal.ONE),
                new ChaseRules(null, BigDecimal.ONE, BigDecimal.ONE),
                new ChaseRules(BigDecimal.ONE, BigDecimal.ONE, null))) {
            fixture.givenNoPriorActivity()
                    .when(withChaseRules(rules))
                    .expectNoEvents().expectException(refusal(Refusal.Kind.INVALID, "points-out-of-range"));
        }
    }

    @Test
    void otherChaseRulesAreAChangeTheSameInAnotherOrderAreNot() {
        var stricter = new ChaseRules(new BigDecimal("10"), new BigDecimal("2"), new BigDecimal("5"));
        var command = new AdoptScoringRulesCommand(PLAN, 1, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION, VETO_SAFETY,
                stricter, "督办单逾期加重扣分");
        fixture.given(VERSION_1)
                .when(command)
                .expectEvents(new ScoringRulesAdoptedEventV2(PLAN, 2, WEIGHTS, THRESHOLDS, PENALTY, DEDUCTION,
                        VETO_SAFETY, stricter));
        var reordered = new ArrayList<>(WEIGHTS);
        Collections.reverse(reordered);
        fixture.given(VERSION_1)
                .when(command(PLAN, 1, reordered, THRESHOLDS, PENALTY, DEDUCTION, VETO_SAFETY, "调整顺序"))
                .expectNoEvents().expectException(refusal(Refusal.Kind.CONFLICT, "no-change"));
    }
}
