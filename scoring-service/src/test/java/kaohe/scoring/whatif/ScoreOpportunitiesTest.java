package kaohe.scoring.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.NegativeListBreachRecordedEvent;
import kaohe.scoring.event.WarningThresholds;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.model.ScoringState;
import kaohe.scoring.rules.RuleSet;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.Scorer;
import kaohe.scoring.supervision.command.SupervisionIds;
import kaohe.scoring.whatif.ScoreOpportunities.Kind;
import kaohe.scoring.whatif.ScoreOpportunities.Opportunity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 提分建议 on a small scripted 2020 plan scored on 2020-10-15, every figure worked out by hand from the rules in
 * {@link Scorer}'s Javadoc. Notice 2020-07-01, deadlines 2020-12-31: 106 of 183 days gone, 57.9235 % planned.
 *
 * <p>督查处 (D), the year under the default rules (40/20/20/20, 10 per day late, 2 per breach):
 * <ul>
 * <li>完成情况: towns 12 of 30 = 40 % ÷ 57.9235 % = 69.06; the qualitative task 滞后 = 85; mean 77.03.</li>
 * <li>及时性: July check on time 100, August 2 days late 80, September opened and overdue 0, the Q3 report never
 * drafted and overdue 0 (October's check is not due yet): 180 ÷ 4 = 45.00.</li>
 * <li>资料: the Q3 report overdue, 0. 督办: none, left out.</li>
 * <li>base (40 × 77.03 + 20 × 45 + 20 × 0) ÷ 80 = 3981.2 ÷ 80 = 49.765 → 49.77; one petition breach −2: 47.77.</li>
 * </ul>
 */
class ScoreOpportunitiesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String PLAN = "plan-2020";
    private static final String D = "督查处";
    private static final String E = "宣传教育处";
    private static final LocalDate NOTICE = LocalDate.of(2020, 7, 1);
    private static final LocalDate AS_OF = LocalDate.of(2020, 10, 15);
    private static final Period YEAR = Period.parse("2020");

    private final ScoringState state = new ScoringState(JSON);
    private final Map<String, Long> sequences = new HashMap<>();

    private void publish(String context, String aggregateType, String aggregateId, LocalDate on, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        state.apply(new EventEnvelope("e-" + aggregateId + "-" + sequence,
                EventTypeNames.of(context, payload.getClass()), aggregateType, aggregateId, sequence,
                on.atTime(10, 0).atZone(SHANGHAI).toInstant(), Map.of(), JSON.valueToTree(payload)));
    }

    private void task(String taskId, String title, Quantity quantity) {
        var defines = new SixDefines("市考个性工作", quantity, quantity == null, "通过市级验收",
                LocalDate.of(2020, 12, 31), List.of(), D, "李娜", "逐月督导");
        var on = LocalDate.of(2020, 7, 6);
        publish("ledger", "LedgerTask", taskId, on, new LedgerTaskDraftedEvent(taskId, PLAN, "ind-towns", D,
                CarriedAs.LEAD, title, defines));
        publish("ledger", "LedgerTask", taskId, on, new LedgerTaskApprovedEvent(taskId, D, defines, false));
    }

    private void check(String department, String month, LocalDate submittedOn) {
        String checkId = "chk-" + department + "-" + month;
        LocalDate dueOn = java.time.YearMonth.parse(month).atEndOfMonth();
        publish("ledger", "MonthlyCheck", checkId, dueOn.withDayOfMonth(20),
                new MonthlyCheckOpenedEvent(checkId, PLAN, department, month, dueOn));
        if (submittedOn != null) {
            publish("ledger", "MonthlyCheck", checkId, submittedOn, new MonthlyCheckSubmittedEvent(checkId,
                    department, month, submittedOn, dueOn, (int) (submittedOn.toEpochDay() - dueOn.toEpochDay())));
        }
    }

    @BeforeEach
    void script() {
        publish("indicator", "AssessmentPlan", PLAN, NOTICE, new AssessmentPlanDefinedEvent(PLAN, 2020,
                "2020年度目标责任考核", "市行政审批服务局", "市审批发〔2020〕1号", NOTICE, LocalDate.of(2020, 7, 10)));
        publish("indicator", "AssessmentPlan", PLAN, NOTICE, new DepartmentRegisteredEvent(PLAN, D));
        publish("indicator", "AssessmentPlan", PLAN, NOTICE, new DepartmentRegisteredEvent(PLAN, E));
        publish("indicator", "Indicator", "ind-towns", NOTICE, new IndicatorDefinedEvent("ind-towns", PLAN,
                IndicatorKind.MUNICIPAL_KEY_WORK, "市考个性工作-3", "十项重点工作", "打造 30 个示范镇街。", false,
                List.of(new Target("T1", new BigDecimal("30"), "个", "示范镇街")), List.of(D), List.of(), false,
                List.of("张新鳌"), null));
        publish("indicator", "Indicator", "ind-petition", NOTICE, new IndicatorDefinedEvent("ind-petition", PLAN,
                IndicatorKind.NEGATIVE_LIST, "负面清单-2", "负面清单", "发生越级集体上访。", false, List.of(), List.of(),
                List.of(), true, List.of("张新鳌"), "市信访局"));

        task("task-towns", "打造 30 个示范镇街", new Quantity(new BigDecimal("30"), "个", "T1"));
        task("task-style", "落实作风建设责任", null);
        check(D, "2020-07", LocalDate.of(2020, 7, 31));
        check(D, "2020-08", LocalDate.of(2020, 9, 2));
        check(D, "2020-09", null);
        String september = "chk-" + D + "-2020-09";
        publish("ledger", "MonthlyCheck", september, LocalDate.of(2020, 9, 25), new TaskProgressRecordedEvent(
                september, D, "2020-09", "task-towns", "ind-towns", new BigDecimal("12"), "个", ProgressStatus.BEHIND,
                null));
        publish("ledger", "MonthlyCheck", september, LocalDate.of(2020, 9, 25), new TaskProgressRecordedEvent(
                september, D, "2020-09", "task-style", "ind-towns", null, null, ProgressStatus.BEHIND, null));
        publish("ledger", "MonthlyCheck", september, LocalDate.of(2020, 9, 25), new GapFoundEvent(september,
                "gap-photos", D, "task-towns", "镇街台账缺少现场照片", "李娜", LocalDate.of(2020, 10, 20)));
        publish("scoring", "DepartmentSupervision", SupervisionIds.of(PLAN, D), LocalDate.of(2020, 8, 25),
                new NegativeListBreachRecordedEvent("breach-petition", PLAN, D, "ind-petition",
                        LocalDate.of(2020, 8, 20), "8 月 20 日发生越级集体上访一起", List.of(), "段重利"));

        // E: no check at all; its Q3 report submitted 2 days late without evidence, then returned
        LocalDate dueOn = LocalDate.of(2020, 9, 30);
        publish("ledger", "QuarterlyReport", "rpt-e", LocalDate.of(2020, 9, 20),
                new kaohe.ledger.event.QuarterlyReportDraftedEvent("rpt-e", PLAN, E, "2020-Q3", dueOn));
        publish("ledger", "QuarterlyReport", "rpt-e", LocalDate.of(2020, 10, 2), new QuarterlyReportSubmittedEvent(
                "rpt-e", PLAN, E, "2020-Q3", 1, "三季度宣传工作总结", List.of(), List.of(), LocalDate.of(2020, 10, 2),
                dueOn, 2));
        publish("ledger", "QuarterlyReport", "rpt-e", LocalDate.of(2020, 10, 5),
                new QuarterlyReportReturnedEvent("rpt-e", E, "2020-Q3", 1));
    }

    private PlanFacts plan() {
        return state.plan(PLAN).orElseThrow();
    }

    private ScoreOpportunities.Result find(String department, Period period, RuleSet rules) {
        return ScoreOpportunities.find(plan(), department, period, AS_OF, rules);
    }

    /**
     * Each act, the rest of D's facts as they are:
     * <ul>
     * <li>the Q3 report submitted today, 15 days late: 及时性 item still 0 (100 − 150, not below 0), 资料 0 → 50;
     * base (3081.2 + 900 + 20 × 50) ÷ 80 = 62.265 → 62.27, total 60.27: +12.50;</li>
     * <li>towns on plan: 30 × 57.9235 % = 17.38 → 18 个, 60 % ÷ 57.9235 % ≥ 100 → 100; 完成情况 (100 + 85) ÷ 2 =
     * 92.50; base (3700 + 900) ÷ 80 = 57.50, total 55.50: +7.73;</li>
     * <li>the qualitative task 正常推进: 100; 完成情况 (69.06 + 100) ÷ 2 = 84.53; base (3381.2 + 900) ÷ 80 = 53.515
     * → 53.52, total 51.52: +3.75;</li>
     * <li>October's check submitted today, on time: 及时性 (180 + 100) ÷ 5 = 56.00; base (3081.2 + 1120) ÷ 80 =
     * 52.515 → 52.52, total 50.52: +2.75;</li>
     * <li>the petition breach appealed and revoked: 49.77, +2.00;</li>
     * <li>September's check submitted today, 15 days late: still 0, +0.00; the gap closed: the rules score no gap,
     * +0.00 — both listed without gain.</li>
     * </ul>
     */
    @Test
    void eachOpenActIsWorthTheTotalWithItDoneLessTheTotalNowRankedByPoints() {
        var result = find(D, YEAR, RuleSet.DEFAULT);

        assertThat(result.total()).isEqualByComparingTo("47.77");
        assertThat(result.rulesVersion()).isZero();
        assertThat(result.opportunities()).extracting(Opportunity::kind, Opportunity::points, Opportunity::action)
                .containsExactly(
                        tuple(Kind.SUBMIT_REPORT, new BigDecimal("12.50"), "提交2020年第三季度报告（附佐证资料）"),
                        tuple(Kind.TASK_PROGRESS, new BigDecimal("7.73"),
                                "推进任务“打造 30 个示范镇街”，月度检查中实际值达到 18 个（按时序应完成 57.92%）"),
                        tuple(Kind.TASK_STATUS, new BigDecimal("3.75"), "推进任务“落实作风建设责任”，月度检查中报“正常推进”"),
                        tuple(Kind.SUBMIT_CHECK, new BigDecimal("2.75"), "提交2020年10月月度检查"),
                        tuple(Kind.APPEAL_BREACH, new BigDecimal("2.00"), "对负面清单“负面清单-2”的认定提出申诉（申诉成立可挽回）"));
        assertThat(result.withoutGain()).extracting(Opportunity::kind, Opportunity::points, Opportunity::action)
                .containsExactly(
                        tuple(Kind.SUBMIT_CHECK, new BigDecimal("0.00"), "提交2020年9月月度检查"),
                        tuple(Kind.CLOSE_GAP, new BigDecimal("0.00"), "整改问题“镇街台账缺少现场照片”并销号"));
    }

    @Test
    void eachActNamesWhatItConcernsAndWhenItIsDue() {
        var result = find(D, YEAR, RuleSet.DEFAULT);
        var byKind = result.opportunities().stream().collect(java.util.stream.Collectors.toMap(
                Opportunity::kind, opportunity -> opportunity));

        assertThat(byKind.get(Kind.SUBMIT_REPORT)).extracting(Opportunity::reportId, Opportunity::quarter,
                Opportunity::dueOn).containsExactly(null, "2020-Q3", LocalDate.of(2020, 9, 30));
        assertThat(byKind.get(Kind.TASK_PROGRESS)).extracting(Opportunity::taskId, Opportunity::indicatorId,
                Opportunity::month).containsExactly("task-towns", "ind-towns", "2020-10");
        assertThat(byKind.get(Kind.SUBMIT_CHECK)).extracting(Opportunity::checkId, Opportunity::month,
                Opportunity::dueOn).containsExactly(null, "2020-10", LocalDate.of(2020, 10, 31));
        assertThat(byKind.get(Kind.APPEAL_BREACH)).extracting(Opportunity::breachId, Opportunity::indicatorId)
                .containsExactly("breach-petition", "ind-petition");
        assertThat(result.withoutGain().get(0).checkId()).isEqualTo("chk-" + D + "-2020-09");
        assertThat(result.withoutGain().get(1)).extracting(Opportunity::gapId, Opportunity::taskId)
                .containsExactly("gap-photos", "task-towns");
    }

    @Test
    void theFactsThemselvesAreNotChangedByTheCounterfactuals() {
        var before = Scorer.score(plan(), D, YEAR, AS_OF, RuleSet.DEFAULT);
        find(D, YEAR, RuleSet.DEFAULT);
        assertThat(Scorer.score(plan(), D, YEAR, AS_OF, RuleSet.DEFAULT)).isEqualTo(before);
        assertThat(plan().reportsOf(D)).isEmpty();
        assertThat(plan().gapsOf(D).get(0).closed()).isNull();
    }

    /**
     * Rules v1: 2 points per day late, 5 per breach. Now: 及时性 (100 + 96 + 0 + 0) ÷ 4 = 49.00; base (3081.2 +
     * 980) ÷ 80 = 50.765 → 50.77; total 45.77. September's check submitted today, 15 days late, is worth
     * 100 − 30 = 70: 及时性 266 ÷ 4 = 66.50, base (3081.2 + 1330) ÷ 80 = 55.14, total 50.14: +4.37. The appeal: +5.00.
     */
    @Test
    void theRulesInForceSetTheWorth() {
        var rules = new RuleSet(1, ComponentRule.DEFAULTS,
                new WarningThresholds(new BigDecimal("95"), new BigDecimal("85")), new BigDecimal("2"),
                new BigDecimal("5"), List.of(), ChaseRules.DEFAULT, null, "王主任", "放宽逾期扣分");
        var result = find(D, YEAR, rules);

        assertThat(result.total()).isEqualByComparingTo("45.77");
        assertThat(result.rulesVersion()).isEqualTo(1);
        assertThat(result.opportunities()).filteredOn(found -> "2020-09".equals(found.month()))
                .extracting(Opportunity::points).containsExactly(new BigDecimal("4.37"));
        assertThat(result.opportunities()).filteredOn(found -> found.kind() == Kind.APPEAL_BREACH)
                .extracting(Opportunity::points).containsExactly(new BigDecimal("5.00"));
    }

    /**
     * E now: 及时性 July, August and September overdue without a check (0 each) and the Q3 report 2 days late (80):
     * 20.00; 资料 the report without evidence, 0; base (20 × 20 + 20 × 0) ÷ 40 = 10.00. Resubmitted with evidence:
     * 资料 50, base (400 + 1000) ÷ 40 = 35.00: +25.00. October's check on time: 及时性 180 ÷ 5 = 36.00, base 18.00:
     * +8.00. The overdue months are worth nothing: 100 less 10 a day is 0 after 10 days.
     */
    @Test
    void aReturnedReportWithoutEvidenceIsWorthItsEvidenceAndChecksNeverOpenedAreStillOpen() {
        var result = find(E, YEAR, RuleSet.DEFAULT);

        assertThat(result.total()).isEqualByComparingTo("10.00");
        assertThat(result.opportunities()).extracting(Opportunity::kind, Opportunity::points, Opportunity::reportId)
                .containsExactly(tuple(Kind.RESUBMIT_REPORT, new BigDecimal("25.00"), "rpt-e"),
                        tuple(Kind.SUBMIT_CHECK, new BigDecimal("8.00"), null));
        assertThat(result.opportunities().get(0).action()).isEqualTo("按退回意见修改并重新提交2020年第三季度报告（附佐证资料）");
        assertThat(result.withoutGain()).extracting(Opportunity::month)
                .containsExactly("2020-07", "2020-08", "2020-09");
    }

    /** A quarter over: no task can still move its completion, and October is not in it. */
    @Test
    void aPastQuarterOffersOnlyWhatCanStillBeDoneForIt() {
        var result = find(D, Period.parse("2020-Q3"), RuleSet.DEFAULT);

        assertThat(result.opportunities()).extracting(Opportunity::kind)
                .doesNotContain(Kind.TASK_PROGRESS, Kind.TASK_STATUS);
        assertThat(result.opportunities()).extracting(Opportunity::month).doesNotContain("2020-10");
        assertThat(result.opportunities()).extracting(Opportunity::kind).contains(Kind.SUBMIT_REPORT);
    }

    @Test
    void theActualNeededIsRoundedUpToTheTargetsPrecisionAndNeverAboveIt() {
        assertThat(ScoreOpportunities.needed(new BigDecimal("30"), new BigDecimal("57.9235"))).isEqualTo("18");
        assertThat(ScoreOpportunities.needed(new BigDecimal("2.5"), new BigDecimal("50"))).isEqualTo("1.3");
        assertThat(ScoreOpportunities.needed(new BigDecimal("30"), new BigDecimal("100"))).isEqualTo("30");
    }
}
