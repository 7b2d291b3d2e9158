package kaohe.scoring.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.Define;
import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskReturnedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.command.EventMetadata;
import kaohe.platform.command.Refusal;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import kaohe.scoring.event.BonusPointsAwardedEvent;
import kaohe.scoring.event.BreachAppealRejectedEvent;
import kaohe.scoring.event.BreachAppealedEvent;
import kaohe.scoring.event.BreachRevokedEvent;
import kaohe.scoring.event.BreachRule;
import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.event.ComponentRule;
import kaohe.scoring.event.ComponentWeights;
import kaohe.scoring.event.NegativeListBreachRecordedEvent;
import kaohe.scoring.event.ScoringRulesAdoptedEvent;
import kaohe.scoring.event.SupervisionScoreAssignedEvent;
import kaohe.scoring.event.WarningThresholds;
import kaohe.scoring.model.EventRef;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.model.ScoringState;
import kaohe.scoring.model.TaskFacts;
import kaohe.scoring.rules.RuleSet;
import kaohe.scoring.supervision.command.SupervisionIds;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSubject;
import kaohe.supervision.event.ChaseSubjectKind;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A small scripted 2020 plan, folded from event envelopes as they arrive from the other contexts, scored on
 * 2020-10-15 and checked against arithmetic done by hand from the rules in {@link Scorer}'s Javadoc and the
 * default {@link RuleSet} (weights 40/20/20/20, green ≥ 95, yellow ≥ 85, 10 points per day late, 2 per breach).
 *
 * <p>The time-proportional plan, notice 2020-07-01, every deadline 2020-12-31 (183 days later):
 * <ul>
 * <li>on 2020-10-15 (the year and Q4): 106 days elapsed, 106 ÷ 183 = 57.92 % of the work planned;</li>
 * <li>on 2020-09-30 (the end of Q3): 91 days elapsed, 91 ÷ 183 = 49.73 %.</li>
 * </ul>
 *
 * <p>A quantitative task's percentage of plan is (actual ÷ target) × 100 ÷ the planned share, capped at 100. A
 * qualitative task's latest status is its percentage of plan itself, whatever the planned share: 已完成 and 正常推进
 * 100, 滞后 85 (yellow under the defaults), 受阻 50 (red); no status reported yet 0 (red) — or 100 while nothing is
 * planned yet (planned share 0).
 */
class ScorerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PLAN = "plan-2020";
    private static final String LEAD = "政务服务管理处";
    private static final String OFFICE = "办公室";
    private static final LocalDate NOTICE = LocalDate.of(2020, 7, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2020, 10, 15);
    private static final Period YEAR = Period.parse("2020");
    private static final Period Q3 = Period.parse("2020-Q3");
    private static final Period Q4 = Period.parse("2020-Q4");

    private static final String KEY_WORK = "ind-3";
    private static final String IDEOLOGY = "ind-ideology";
    private static final String DOCUMENTS = "ind-documents";
    private static final String PETITION = "ind-neg-petition";
    private static final String SAFETY = "ind-neg-safety";

    private static final String TOWNS = "task-towns";
    private static final String COMMUNITIES = "task-communities";
    private static final String LEAD_IDEOLOGY = "task-ideology-lead";
    private static final String OFFICE_DOCUMENTS = "task-documents";
    private static final String OFFICE_IDEOLOGY = "task-ideology-office";

    private static final String LEAD_REPORT = "rpt-lead-2020-Q3";
    private static final String OFFICE_REPORT = "rpt-office-2020-Q3";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final ScoringState state = new ScoringState(JSON);
    private final Map<String, Long> sequences = new HashMap<>();


    // --- building the facts ---------------------------------------------------------------------------------------

    /** One event as it arrives on Kafka: its id, its wire type name, its aggregate, at 10:00 Shanghai time. */
    private void publish(String eventId, String context, String aggregateType, String aggregateId, LocalDate on,
                         Map<String, Object> metadata, Object payload) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        state.apply(new EventEnvelope(eventId, EventTypeNames.of(context, payload.getClass()), aggregateType,
                aggregateId, sequence, on.atTime(10, 0).atZone(SHANGHAI).toInstant(), metadata,
                JSON.valueToTree(payload)));
    }

    private void indicator(String eventId, LocalDate on, String aggregateId, Object payload) {
        publish(eventId, "indicator", aggregateId.equals(PLAN) ? "AssessmentPlan" : "Indicator", aggregateId, on,
                Map.of(), payload);
    }

    private void ledger(String eventId, LocalDate on, String aggregateType, String aggregateId, Object payload) {
        publish(eventId, "ledger", aggregateType, aggregateId, on, Map.of(), payload);
    }

    private void evidence(String eventId, LocalDate on, String evidenceId, Object payload) {
        publish(eventId, "evidence", "Evidence", evidenceId, on, Map.of(), payload);
    }

    private void supervision(String eventId, LocalDate on, String department, String reason, Object payload) {
        publish(eventId, "scoring", "DepartmentSupervision", SupervisionIds.of(PLAN, department), on,
                reason == null ? Map.of() : Map.of(EventMetadata.ACTOR_NAME, "王主任", EventMetadata.REASON, reason),
                payload);
    }

    private static IndicatorDefinedEvent indicatorDefined(String indicatorId, IndicatorKind kind, String code,
                                                          String text, List<Target> targets, List<String> lead,
                                                          boolean allCooperate, String cityLeadUnit) {
        return new IndicatorDefinedEvent(indicatorId, PLAN, kind, code, kind.label(), text, false, targets, lead,
                List.of(), allCooperate, List.of("段重利"), cityLeadUnit);
    }

    private static LedgerTaskDraftedEvent quantitative(String taskId, String indicatorId, String department,
                                                       String title, int value, String unit, String targetKey) {
        return new LedgerTaskDraftedEvent(taskId, PLAN, indicatorId, department, CarriedAs.LEAD, title,
                new SixDefines("市考个性工作", new Quantity(new BigDecimal(value), unit, targetKey), false,
                        title + "，通过市级验收", YEAR_END, List.of(), department, "张新鳌", "逐月督导推进"));
    }

    private static LedgerTaskDraftedEvent qualitative(String taskId, String department, CarriedAs carriedAs,
                                                      String title) {
        return new LedgerTaskDraftedEvent(taskId, PLAN, IDEOLOGY, department, carriedAs, title,
                new SixDefines("共性指标（意识形态工作）", null, true, "党组全年专题研究意识形态工作并形成会议纪要", YEAR_END,
                        List.of(), department, "段重利", "每季度召开一次意识形态工作专题会"));
    }

    /** A task drafted ({@code e-<name>-drafted}) and its six defines approved by the office ({@code -approved}). */
    private void draftedAndApproved(String name, LocalDate on, LedgerTaskDraftedEvent drafted) {
        ledger("e-" + name + "-drafted", on, "LedgerTask", drafted.taskId(), drafted);
        ledger("e-" + name + "-approved", on, "LedgerTask", drafted.taskId(),
                new LedgerTaskApprovedEvent(drafted.taskId(), drafted.department(), drafted.defines(), false));
    }

    private static String checkId(String department, String month) {
        return (department.equals(LEAD) ? "chk-lead-" : "chk-office-") + month;
    }

    private void checkOpened(String eventId, LocalDate on, String department, String month, LocalDate dueOn) {
        String checkId = checkId(department, month);
        ledger(eventId, on, "MonthlyCheck", checkId,
                new MonthlyCheckOpenedEvent(checkId, PLAN, department, month, dueOn));
    }

    private void progress(String eventId, LocalDate on, String department, String month, String taskId,
                          String indicatorId, Integer actual, String unit, ProgressStatus status) {
        String checkId = checkId(department, month);
        ledger(eventId, on, "MonthlyCheck", checkId, new TaskProgressRecordedEvent(checkId, department, month, taskId,
                indicatorId, actual == null ? null : new BigDecimal(actual), unit, status, null));
    }

    private void checkSubmitted(String eventId, LocalDate on, String department, String month, LocalDate dueOn) {
        String checkId = checkId(department, month);
        int daysLate = (int) Math.max(0, on.toEpochDay() - dueOn.toEpochDay());
        ledger(eventId, on, "MonthlyCheck", checkId,
                new MonthlyCheckSubmittedEvent(checkId, department, month, on, dueOn, daysLate));
    }

    private void uploaded(String eventId, LocalDate on, String evidenceId, String name) {
        evidence(eventId, on, evidenceId, new EvidenceUploadedEvent(evidenceId, PLAN, LEAD, "application/pdf", false,
                2048, "0".repeat(64), "kaohe-evidence", "evidence/" + evidenceId, name, null, null, null, List.of()));
    }

    private void reportSubmitted(String eventId, LocalDate on, int round, List<String> evidence) {
        LocalDate dueOn = LocalDate.of(2020, 9, 30);
        ledger(eventId, on, "QuarterlyReport", LEAD_REPORT, new QuarterlyReportSubmittedEvent(LEAD_REPORT, PLAN,
                LEAD, "2020-Q3", round, "三季度建成 14 个示范镇街、16 个示范社区。", List.of(), evidence, on, dueOn,
                (int) (on.toEpochDay() - dueOn.toEpochDay())));
    }

    /**
     * The script, in the order the events happened. 政务服务管理处 (LEAD) keeps its ledger; 办公室 (OFFICE) lets its
     * August check and its Q3 report slip.
     */
    @BeforeEach
    void script() {
        // 2020-07-01 the notice: plan, two departments, three indicators and two negative-list items (负面清单)
        indicator("e-plan", NOTICE, PLAN, new AssessmentPlanDefinedEvent(PLAN, 2020, "2020年度目标责任考核指标任务分解",
                "西安市行政审批服务局", "市审批发〔2020〕14号", NOTICE, LocalDate.of(2020, 7, 10)));
        indicator("e-dept-lead", NOTICE, PLAN, new DepartmentRegisteredEvent(PLAN, LEAD));
        indicator("e-dept-office", NOTICE, PLAN, new DepartmentRegisteredEvent(PLAN, OFFICE));
        indicator("e-ind-3", NOTICE, KEY_WORK, indicatorDefined(KEY_WORK, IndicatorKind.MUNICIPAL_KEY_WORK,
                "市考个性工作-3", "打造 30 个示范镇街和 40 个示范社区。",
                List.of(new Target("T1", new BigDecimal("30"), "个", "示范镇街"),
                        new Target("T2", new BigDecimal("40"), "个", "示范社区")), List.of(LEAD), false, null));
        indicator("e-ind-ideology", NOTICE, IDEOLOGY, indicatorDefined(IDEOLOGY, IndicatorKind.COMMON,
                "共性指标-意识形态工作-1", "落实意识形态工作责任制。", List.of(), List.of(LEAD), true, null));
        indicator("e-ind-documents", NOTICE, DOCUMENTS, indicatorDefined(DOCUMENTS, IndicatorKind.COMMON,
                "共性指标-机关运行-1", "按时办结各类公文。", List.of(new Target("T1", new BigDecimal("120"), "件", "公文")),
                List.of(OFFICE), false, null));
        indicator("e-ind-petition", NOTICE, PETITION, indicatorDefined(PETITION, IndicatorKind.NEGATIVE_LIST,
                "负面清单-2", "发生越级集体上访并造成不良影响的。", List.of(), List.of(), true, "市信访局"));
        indicator("e-ind-safety", NOTICE, SAFETY, indicatorDefined(SAFETY, IndicatorKind.NEGATIVE_LIST,
                "负面清单-1", "发生较大及以上安全生产责任事故的。", List.of(), List.of(), true, "市应急管理局"));

        // 2020-07-08 the ledgers: LEAD two quantitative tasks and one qualitative, OFFICE one of each;
        // the same day the office approves their six defines: only approved tasks count in completion
        LocalDate ledgers = LocalDate.of(2020, 7, 8);
        draftedAndApproved("towns", ledgers, quantitative(TOWNS, KEY_WORK, LEAD, "打造 30 个示范镇街", 30, "个", "T1"));
        draftedAndApproved("communities", ledgers,
                quantitative(COMMUNITIES, KEY_WORK, LEAD, "建成 40 个示范社区", 40, "个", "T2"));
        draftedAndApproved("ideology-lead", ledgers,
                qualitative(LEAD_IDEOLOGY, LEAD, CarriedAs.LEAD, "落实意识形态工作责任制"));
        draftedAndApproved("documents", ledgers,
                quantitative(OFFICE_DOCUMENTS, DOCUMENTS, OFFICE, "按时办结公文 120 件", 120, "件", "T1"));
        draftedAndApproved("ideology-office", ledgers,
                qualitative(OFFICE_IDEOLOGY, OFFICE, CarriedAs.COOPERATING, "配合落实意识形态工作责任制"));

        // July: both check on the month; LEAD on time, OFFICE 2 days late
        LocalDate july31 = LocalDate.of(2020, 7, 31);
        checkOpened("e-chk-lead-07-opened", LocalDate.of(2020, 7, 27), LEAD, "2020-07", july31);
        progress("e-towns-07", LocalDate.of(2020, 7, 28), LEAD, "2020-07", TOWNS, KEY_WORK, 5, "个",
                ProgressStatus.ON_TRACK);
        progress("e-communities-07", LocalDate.of(2020, 7, 28), LEAD, "2020-07", COMMUNITIES, KEY_WORK, 8, "个",
                ProgressStatus.ON_TRACK);
        progress("e-ideology-lead-07", LocalDate.of(2020, 7, 28), LEAD, "2020-07", LEAD_IDEOLOGY, IDEOLOGY, null,
                null, ProgressStatus.ON_TRACK);
        checkSubmitted("e-chk-lead-07-submitted", july31, LEAD, "2020-07", july31);
        checkOpened("e-chk-office-07-opened", LocalDate.of(2020, 7, 29), OFFICE, "2020-07", july31);
        progress("e-documents-07", LocalDate.of(2020, 7, 30), OFFICE, "2020-07", OFFICE_DOCUMENTS, DOCUMENTS, 30,
                "件", ProgressStatus.ON_TRACK);
        progress("e-ideology-office-07", LocalDate.of(2020, 7, 30), OFFICE, "2020-07", OFFICE_IDEOLOGY, IDEOLOGY,
                null, null, ProgressStatus.ON_TRACK);
        checkSubmitted("e-chk-office-07-submitted", LocalDate.of(2020, 8, 2), OFFICE, "2020-07", july31);

        // August: LEAD checks 3 days late and finds two gaps (one closed in time); OFFICE never opens its check;
        // a petition breach against LEAD is recorded, appealed, and the appeal rejected
        LocalDate august31 = LocalDate.of(2020, 8, 31);
        checkOpened("e-chk-lead-08-opened", LocalDate.of(2020, 8, 27), LEAD, "2020-08", august31);
        progress("e-towns-08", LocalDate.of(2020, 8, 28), LEAD, "2020-08", TOWNS, KEY_WORK, 10, "个",
                ProgressStatus.ON_TRACK);
        progress("e-communities-08", LocalDate.of(2020, 8, 28), LEAD, "2020-08", COMMUNITIES, KEY_WORK, 14, "个",
                ProgressStatus.BEHIND);
        ledger("e-gap-community-files", LocalDate.of(2020, 8, 28), "MonthlyCheck", "chk-lead-2020-08",
                new GapFoundEvent("chk-lead-2020-08", "gap-community-files", LEAD, COMMUNITIES, "示范社区验收资料不全",
                        "李娜", LocalDate.of(2020, 9, 15)));
        ledger("e-gap-town-photos", LocalDate.of(2020, 8, 28), "MonthlyCheck", "chk-lead-2020-08",
                new GapFoundEvent("chk-lead-2020-08", "gap-town-photos", LEAD, TOWNS, "镇街台账缺少现场照片", "李娜",
                        LocalDate.of(2020, 9, 10)));
        checkSubmitted("e-chk-lead-08-submitted", LocalDate.of(2020, 9, 3), LEAD, "2020-08", august31);
        supervision("e-breach-petition-recorded", LocalDate.of(2020, 8, 25), LEAD, null,
                new NegativeListBreachRecordedEvent("breach-petition", PLAN, LEAD, PETITION, LocalDate.of(2020, 8, 20),
                        "8 月 20 日发生越级集体上访一起，经市信访局通报", List.of("ev-petition-notice"), "段重利"));
        supervision("e-breach-petition-appealed", LocalDate.of(2020, 8, 28), LEAD, "上访事项属历史遗留问题",
                new BreachAppealedEvent("breach-petition", PLAN, LEAD));

        // September: the appeal is rejected; a safety breach is recorded and revoked; LEAD corrects its towns
        // figure within the month (13, then 14) and checks on time; OFFICE opens its check but never submits it
        supervision("e-breach-petition-rejected", LocalDate.of(2020, 9, 4), LEAD, "经核实属本处职责范围",
                new BreachAppealRejectedEvent("breach-petition", PLAN, LEAD));
        supervision("e-breach-safety-recorded", LocalDate.of(2020, 9, 7), LEAD, null,
                new NegativeListBreachRecordedEvent("breach-safety", PLAN, LEAD, SAFETY, LocalDate.of(2020, 9, 5),
                        "9 月 5 日办公楼发生火情", List.of(), "段重利"));
        ledger("e-gap-town-photos-closed", LocalDate.of(2020, 9, 8), "MonthlyCheck", "chk-lead-2020-08",
                new GapClosedEvent("chk-lead-2020-08", "gap-town-photos", "已补充现场照片", LocalDate.of(2020, 9, 8)));
        supervision("e-breach-safety-revoked", LocalDate.of(2020, 9, 20), LEAD, "经应急管理局认定不属于责任事故",
                new BreachRevokedEvent("breach-safety", PLAN, LEAD));
        LocalDate september30 = LocalDate.of(2020, 9, 30);
        checkOpened("e-chk-lead-09-opened", LocalDate.of(2020, 9, 25), LEAD, "2020-09", september30);
        progress("e-towns-09", LocalDate.of(2020, 9, 26), LEAD, "2020-09", TOWNS, KEY_WORK, 13, "个",
                ProgressStatus.ON_TRACK);
        progress("e-towns-09-corrected", LocalDate.of(2020, 9, 28), LEAD, "2020-09", TOWNS, KEY_WORK, 14, "个",
                ProgressStatus.ON_TRACK);
        progress("e-communities-09", LocalDate.of(2020, 9, 26), LEAD, "2020-09", COMMUNITIES, KEY_WORK, 16, "个",
                ProgressStatus.BEHIND);
        progress("e-ideology-lead-09", LocalDate.of(2020, 9, 26), LEAD, "2020-09", LEAD_IDEOLOGY, IDEOLOGY, null,
                null, ProgressStatus.BEHIND);
        checkSubmitted("e-chk-lead-09-submitted", september30, LEAD, "2020-09", september30);
        checkOpened("e-chk-office-09-opened", LocalDate.of(2020, 9, 27), OFFICE, "2020-09", september30);
        progress("e-documents-09", LocalDate.of(2020, 9, 28), OFFICE, "2020-09", OFFICE_DOCUMENTS, DOCUMENTS, 50,
                "件", ProgressStatus.BEHIND);
        progress("e-ideology-office-09", LocalDate.of(2020, 9, 28), OFFICE, "2020-09", OFFICE_IDEOLOGY, IDEOLOGY,
                null, null, ProgressStatus.BLOCKED);

        // the Q3 reports: LEAD drafts, uploads four pieces of evidence, submits 2 days late, is returned and
        // resubmits with all four; one is then withdrawn, two are archived. OFFICE drafts and never submits.
        ledger("e-rpt-lead-drafted", LocalDate.of(2020, 9, 25), "QuarterlyReport", LEAD_REPORT,
                new QuarterlyReportDraftedEvent(LEAD_REPORT, PLAN, LEAD, "2020-Q3", september30));
        uploaded("e-ev-towns-uploaded", LocalDate.of(2020, 9, 26), "ev-towns", "示范镇街验收单.pdf");
        uploaded("e-ev-communities-uploaded", LocalDate.of(2020, 9, 26), "ev-communities", "示范社区照片.pdf");
        uploaded("e-ev-ideology-uploaded", LocalDate.of(2020, 9, 26), "ev-ideology", "意识形态专题会纪要.pdf");
        uploaded("e-ev-old-photo-uploaded", LocalDate.of(2020, 9, 26), "ev-old-photo", "旧照片.pdf");
        ledger("e-rpt-office-drafted", LocalDate.of(2020, 9, 28), "QuarterlyReport", OFFICE_REPORT,
                new QuarterlyReportDraftedEvent(OFFICE_REPORT, PLAN, OFFICE, "2020-Q3", september30));
        reportSubmitted("e-rpt-lead-round-1", LocalDate.of(2020, 10, 2), 1, List.of("ev-towns", "ev-communities"));
        ledger("e-rpt-lead-returned", LocalDate.of(2020, 10, 5), "QuarterlyReport", LEAD_REPORT,
                new QuarterlyReportReturnedEvent(LEAD_REPORT, LEAD, "2020-Q3", 1));
        reportSubmitted("e-rpt-lead-round-2", LocalDate.of(2020, 10, 8), 2,
                List.of("ev-towns", "ev-communities", "ev-ideology", "ev-old-photo"));
        evidence("e-ev-old-photo-withdrawn", LocalDate.of(2020, 10, 9), "ev-old-photo",
                new EvidenceWithdrawnEvent("ev-old-photo", LEAD));
        evidence("e-ev-towns-archived", LocalDate.of(2020, 10, 10), "ev-towns",
                new EvidenceArchivedEvent("ev-towns", LEAD, LocalDate.of(2020, 10, 10)));
        evidence("e-ev-ideology-archived", LocalDate.of(2020, 10, 10), "ev-ideology",
                new EvidenceArchivedEvent("ev-ideology", LEAD, LocalDate.of(2020, 10, 10)));

        // October: supervision scores of Q3 (LEAD's raised from 90 to 92), bonuses, a breach against OFFICE,
        // and LEAD's October check opened (not yet due) with a new towns figure and a new gap
        supervision("e-supervision-lead-90", LocalDate.of(2020, 10, 9), LEAD, null,
                new SupervisionScoreAssignedEvent(PLAN, LEAD, "2020-Q3", new BigDecimal("90"), null, "推进有力"));
        supervision("e-supervision-office-80", LocalDate.of(2020, 10, 9), OFFICE, null,
                new SupervisionScoreAssignedEvent(PLAN, OFFICE, "2020-Q3", new BigDecimal("80"), null, "报送不及时"));
        supervision("e-bonus-lead", LocalDate.of(2020, 10, 10), LEAD, "承办全市政务服务现场会",
                new BonusPointsAwardedEvent("award-lead", PLAN, LEAD, "2020-Q3", new BigDecimal("3")));
        checkOpened("e-chk-lead-10-opened", LocalDate.of(2020, 10, 10), LEAD, "2020-10", LocalDate.of(2020, 10, 31));
        progress("e-towns-10", LocalDate.of(2020, 10, 12), LEAD, "2020-10", TOWNS, KEY_WORK, 16, "个",
                ProgressStatus.ON_TRACK);
        ledger("e-gap-community-ledger", LocalDate.of(2020, 10, 12), "MonthlyCheck", "chk-lead-2020-10",
                new GapFoundEvent("chk-lead-2020-10", "gap-community-ledger", LEAD, COMMUNITIES, "社区台账未按月更新",
                        "李娜", LocalDate.of(2020, 10, 31)));
        supervision("e-supervision-lead-92", LocalDate.of(2020, 10, 12), LEAD, null,
                new SupervisionScoreAssignedEvent(PLAN, LEAD, "2020-Q3", new BigDecimal("92"), new BigDecimal("90"),
                        "推进有力，资料规范"));
        supervision("e-bonus-office", LocalDate.of(2020, 10, 12), OFFICE, "十月公文办理零差错",
                new BonusPointsAwardedEvent("award-office", PLAN, OFFICE, "2020-Q4", new BigDecimal("1.5")));
        supervision("e-breach-office-recorded", LocalDate.of(2020, 10, 13), OFFICE, null,
                new NegativeListBreachRecordedEvent("breach-office", PLAN, OFFICE, PETITION, LocalDate.of(2020, 10, 12),
                        "10 月 12 日发生越级集体上访一起", List.of(), "段重利"));
    }

    private PlanFacts plan() {
        return state.plan(PLAN).orElseThrow();
    }

    private Scorecard score(String department, Period period) {
        return Scorer.score(plan(), department, period, AS_OF, RuleSet.DEFAULT);
    }

    private static List<String> ids(ScoreItem item) {
        return item.events().stream().map(EventRef::eventId).toList();
    }

    private static ScoreItem item(Component component, String subject) {
        return component.items().stream().filter(item -> item.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static String figure(BigDecimal value) {
        return value.toPlainString();
    }

    // --- the lead department, 政务服务管理处 ---------------------------------------------------------------------------

    @Test
    void completionIsEachTasksProgressAgainstTheTimeProportionalPlan() {
        // on 2020-10-15 the latest figures are of October (towns) and September (the rest); planned 106/183:
        //   towns        16/30 = 53.33 % of the target, ÷ 57.92 % planned: (16×183)/(30×106) = 92.08 → yellow
        //   communities  16/40 = 40.00 %, ÷ 57.92 %: (16×183)/(40×106) = 69.06                    → red
        //   ideology     September's status 滞后 (BEHIND) is 85 % of plan itself, not ÷ 57.92 %: 85.00
        //                — exactly the yellow threshold                                          → yellow
        //   completion = (92.08 + 69.06 + 85.00) ÷ 3 = 246.14 ÷ 3 = 82.0466… → 82.05 → the department's light
        //   is red (below 85)
        var year = score(LEAD, YEAR);
        var completion = year.component("completion");
        assertThat(completion.applicable()).isTrue();
        assertThat(completion.weight()).isEqualTo(40);
        assertThat(completion.items()).extracting(ScoreItem::subject, item -> figure(item.score()), ScoreItem::warning)
                .containsExactly(tuple(TOWNS, "92.08", Warning.YELLOW), tuple(COMMUNITIES, "69.06", Warning.RED),
                        tuple(LEAD_IDEOLOGY, "85.00", Warning.YELLOW));
        assertThat(figure(completion.score())).isEqualTo("82.05");
        assertThat(year.warning()).isEqualTo(Warning.RED);

        // Q3 is scored on its last day, 2020-09-30: planned 91/183, September's figures (towns corrected to 14)
        //   towns        14/30 = 46.67 %: (14×183)/(30×91) = 93.85 → yellow
        //   communities  16/40 = 40.00 %: (16×183)/(40×91) = 80.44 → red
        //   ideology     滞后 is 85 whatever the plan (not 85 ÷ 49.73 = 170.93 capped at 100) → yellow
        //   completion = (93.85 + 80.44 + 85.00) ÷ 3 = 259.29 ÷ 3 = 86.43 → yellow
        var q3 = score(LEAD, Q3);
        assertThat(q3.component("completion").items()).extracting(item -> figure(item.score()), ScoreItem::warning)
                .containsExactly(tuple("93.85", Warning.YELLOW), tuple("80.44", Warning.RED),
                        tuple("85.00", Warning.YELLOW));
        assertThat(figure(q3.component("completion").score())).isEqualTo("86.43");
        assertThat(q3.warning()).isEqualTo(Warning.YELLOW);

        // Q4 has begun: scored on 2020-10-15 like the year, so completion is the year's, and so is its red light
        var q4 = score(LEAD, Q4);
        assertThat(figure(q4.component("completion").score())).isEqualTo("82.05");
        assertThat(q4.warning()).isEqualTo(Warning.RED);
    }

    @Test
    void aTaskItemLeadsToTheEventsThatDefinedItAndItsLatestFigure() {
        var year = score(LEAD, YEAR).component("completion");
        assertThat(ids(item(year, TOWNS))).containsExactly("e-towns-drafted", "e-towns-approved", "e-towns-10");
        assertThat(ids(item(year, COMMUNITIES)))
                .containsExactly("e-communities-drafted", "e-communities-approved", "e-communities-09");
        assertThat(ids(item(year, LEAD_IDEOLOGY)))
                .containsExactly("e-ideology-lead-drafted", "e-ideology-lead-approved", "e-ideology-lead-09");
        // within a month the last figure recorded wins: 14, not 13
        var q3 = score(LEAD, Q3).component("completion");
        assertThat(ids(item(q3, TOWNS))).containsExactly("e-towns-drafted", "e-towns-approved", "e-towns-09-corrected");
        assertThat(item(q3, TOWNS).events()).extracting(EventRef::type)
                .containsExactly("ledger.LedgerTaskDrafted.v1", "ledger.LedgerTaskApproved.v1",
                        "ledger.TaskProgressRecorded.v1");
        // 14 × 100 ÷ 30 = 46.6667 %; planned 91 × 100 ÷ 183 = 49.7268 %; 46.6667 × 100 ÷ 49.7268 = 93.8462 %
        assertThat(item(q3, TOWNS).explanation())
                .isEqualTo("实际 14 / 目标 30 个 = 46.67%；按时序应完成 49.73%；完成进度比 93.85%，得分 93.85");
        // 16 × 100 ÷ 30 = 53.3333 %; planned 57.9235 %; 53.3333 × 100 ÷ 57.9235 = 92.0754 %
        assertThat(item(year, TOWNS).explanation())
                .isEqualTo("实际 16 / 目标 30 个 = 53.33%；按时序应完成 57.92%；完成进度比 92.08%，得分 92.08");
    }

    // --- qualitative tasks (定性任务) --------------------------------------------------------------------------------

    private static final String STUDY = "task-ideology-study";

    /** LEAD drafts a further qualitative task on 2020-10-13, without a deadline of its own (approved), reports nothing. */
    private TaskFacts draftStudyWithoutDeadline() {
        draftedAndApproved("study", LocalDate.of(2020, 10, 13),
                new LedgerTaskDraftedEvent(STUDY, PLAN, IDEOLOGY, LEAD, CarriedAs.LEAD, "党组理论学习中心组专题学习",
                        new SixDefines("共性指标（意识形态工作）", null, true, "全年专题学习不少于 4 次", null, List.of(),
                                LEAD, "段重利", "每季度开展一次专题学习")));
        return plan().tasksOf(LEAD).stream().filter(task -> task.taskId().equals(STUDY)).findFirst().orElseThrow();
    }

    @Test
    void aQualitativeTasksLatestStatusIsItsPercentageOfPlanWhateverThePlannedShare() {
        // 滞后 (BEHIND), LEAD's ideology task in September: 85.00 on 2020-10-15 (planned 57.92 %) and on 2020-09-30
        // (planned 49.73 %) alike — not 85 ÷ 57.92 % = 146.75 or 85 ÷ 49.73 % = 170.93; yellow at exactly 85
        for (Period period : List.of(YEAR, Q3)) {
            assertThat(item(score(LEAD, period).component("completion"), LEAD_IDEOLOGY))
                    .extracting(item -> figure(item.score()), ScoreItem::warning, ScoreItem::explanation)
                    .as(period.toString())
                    .containsExactly("85.00", Warning.YELLOW, "定性任务，最新状态“滞后”；完成进度比 85.00%，得分 85.00");
        }
        // 受阻 (BLOCKED), the office's ideology task in September: 50.00, red
        for (Period period : List.of(YEAR, Q3)) {
            assertThat(item(score(OFFICE, period).component("completion"), OFFICE_IDEOLOGY))
                    .extracting(item -> figure(item.score()), ScoreItem::warning, ScoreItem::explanation)
                    .as(period.toString())
                    .containsExactly("50.00", Warning.RED, "定性任务，最新状态“受阻”；完成进度比 50.00%，得分 50.00");
        }
        // 正常推进 (ON_TRACK): on 2020-08-15 the latest status of both is July's: 100.00, green (planned 45/183 =
        // 24.59 % does not enter); the item leads to the July figure
        LocalDate august15 = LocalDate.of(2020, 8, 15);
        var lead = item(Scorer.score(plan(), LEAD, YEAR, august15, RuleSet.DEFAULT).component("completion"),
                LEAD_IDEOLOGY);
        assertThat(lead).extracting(item -> figure(item.score()), ScoreItem::warning, ScoreItem::explanation)
                .containsExactly("100.00", Warning.GREEN, "定性任务，最新状态“正常推进”；完成进度比 100.00%，得分 100.00");
        assertThat(ids(lead)).containsExactly("e-ideology-lead-drafted", "e-ideology-lead-approved",
                "e-ideology-lead-07");
        assertThat(item(Scorer.score(plan(), OFFICE, YEAR, august15, RuleSet.DEFAULT).component("completion"),
                OFFICE_IDEOLOGY)).extracting(item -> figure(item.score()), ScoreItem::warning)
                .containsExactly("100.00", Warning.GREEN);
        // at the year end everything is planned (100 %): 滞后 is still 85.00, 受阻 still 50.00
        assertThat(item(Scorer.score(plan(), LEAD, YEAR, YEAR_END, RuleSet.DEFAULT).component("completion"),
                LEAD_IDEOLOGY)).extracting(item -> figure(item.score()), ScoreItem::warning)
                .containsExactly("85.00", Warning.YELLOW);
        assertThat(item(Scorer.score(plan(), OFFICE, YEAR, YEAR_END, RuleSet.DEFAULT).component("completion"),
                OFFICE_IDEOLOGY)).extracting(item -> figure(item.score()), ScoreItem::warning)
                .containsExactly("50.00", Warning.RED);
    }

    @Test
    void aQualitativeTaskWithNoStatusYetScoresZeroOnceAnythingIsPlanned() {
        TaskFacts study = draftStudyWithoutDeadline();
        // on 2020-10-15, planned 106/183 = 57.92 % (deadline: none, so the year end): no status → 0.00, red
        //   completion = (92.08 + 69.06 + 85.00 + 0.00) ÷ 4 = 246.14 ÷ 4 = 61.535 → 61.54 → red
        //   base = (40×61.54 + 20×87.50 + 20×83.33 + 20×92.00) ÷ 100 = (2461.60 + 1750 + 1666.60 + 1840) ÷ 100
        //        = 7718.20 ÷ 100 = 77.182 → 77.18;  total = 77.18 + 3 − 2 = 78.18
        var year = score(LEAD, YEAR);
        var item = item(year.component("completion"), STUDY);
        assertThat(item).extracting(found -> figure(found.score()), ScoreItem::warning, ScoreItem::explanation)
                .containsExactly("0.00", Warning.RED, "定性任务，未报进展；完成进度比 0.00%，得分 0.00");
        assertThat(ids(item)).containsExactly("e-study-drafted", "e-study-approved");
        assertThat(figure(year.component("completion").score())).isEqualTo("61.54");
        assertThat(year.warning()).isEqualTo(Warning.RED);
        assertThat(figure(year.base())).isEqualTo("77.18");
        assertThat(figure(year.total())).isEqualTo("78.18");
        // its alert is due by the year end, the deadline it falls back on
        assertThat(year.alerts()).filteredOn(alert -> alert.subject().equals(STUDY))
                .containsExactly(new Alert("RED", STUDY, "党组理论学习中心组专题学习", YEAR_END));

        // while nothing is planned yet (the notice's day, or before it) there is nothing to fall behind: 100, green
        for (LocalDate day : List.of(NOTICE, LocalDate.of(2020, 6, 30))) {
            assertThat(Scorer.taskItem(plan(), study, day, RuleSet.DEFAULT))
                    .extracting(found -> figure(found.score()), ScoreItem::warning, ScoreItem::explanation)
                    .as(day.toString())
                    .containsExactly("100.00", Warning.GREEN, "定性任务，未报进展；完成进度比 100.00%，得分 100.00");
        }
        // the day after the notice 1/183 = 0.55 % is planned: 0.00, red
        assertThat(Scorer.taskItem(plan(), study, LocalDate.of(2020, 7, 2), RuleSet.DEFAULT))
                .extracting(found -> figure(found.score()), ScoreItem::warning)
                .containsExactly("0.00", Warning.RED);
    }

    @Test
    void aQualitativeTaskReportedDoneScoresAHundred() {
        draftStudyWithoutDeadline();
        // LEAD reports it 已完成 in its October check: 100.00, green, and no alert for it
        //   completion = (92.08 + 69.06 + 85.00 + 100.00) ÷ 4 = 346.14 ÷ 4 = 86.535 → 86.54 → yellow
        progress("e-study-10", LocalDate.of(2020, 10, 14), LEAD, "2020-10", STUDY, IDEOLOGY, null, null,
                ProgressStatus.DONE);
        var year = score(LEAD, YEAR);
        var item = item(year.component("completion"), STUDY);
        assertThat(item).extracting(found -> figure(found.score()), ScoreItem::warning, ScoreItem::explanation)
                .containsExactly("100.00", Warning.GREEN, "定性任务，最新状态“已完成”；完成进度比 100.00%，得分 100.00");
        assertThat(ids(item)).containsExactly("e-study-drafted", "e-study-approved", "e-study-10");
        assertThat(figure(year.component("completion").score())).isEqualTo("86.54");
        assertThat(year.warning()).isEqualTo(Warning.YELLOW);
        assertThat(year.alerts()).extracting(Alert::subject).doesNotContain(STUDY);
    }

    // --- the office's approval of the six defines (六定审核) ---------------------------------------------------------

    private static final String NEW_TOWNS = "task-new-towns";

    /** LEAD's completion leaves {@code NEW_TOWNS} out, shows it with its review state, and scores as before. */
    private void leftOutAs(TaskFacts.Review review, String label) {
        var year = score(LEAD, YEAR);
        var completion = year.component("completion");
        assertThat(completion.items()).extracting(ScoreItem::subject).containsExactly(TOWNS, COMMUNITIES, LEAD_IDEOLOGY);
        assertThat(figure(completion.score())).isEqualTo("82.05");
        assertThat(completion.notCounted())
                .extracting(UncountedTask::subject, UncountedTask::review, UncountedTask::explanation)
                .containsExactly(tuple(NEW_TOWNS, review, label + "：六定未经办公室审核通过，不计入完成情况"));
        assertThat(year.alerts()).extracting(Alert::subject).doesNotContain(NEW_TOWNS);
        assertThat(IndicatorProgress.of(plan(), plan().indicator(KEY_WORK).orElseThrow(), AS_OF, RuleSet.DEFAULT)
                .tasks()).extracting(IndicatorProgress.TaskProgress::taskId).doesNotContain(NEW_TOWNS);
    }

    @Test
    void aTaskCountsOnlyOnceTheOfficeApprovesItsSixDefines() {
        // a fourth LEAD task with nothing reported: as a draft, awaiting review and returned it is shown, not counted
        var drafted = quantitative(NEW_TOWNS, KEY_WORK, LEAD, "新增 5 个示范镇街", 5, "个", "T1");
        LocalDate on = LocalDate.of(2020, 10, 12);
        ledger("e-new-towns-drafted", on, "LedgerTask", NEW_TOWNS, drafted);
        leftOutAs(TaskFacts.Review.DRAFT, "草稿");
        ledger("e-new-towns-submitted", on, "LedgerTask", NEW_TOWNS,
                new LedgerTaskSubmittedEvent(NEW_TOWNS, LEAD, drafted.defines()));
        leftOutAs(TaskFacts.Review.PENDING, "待审核");
        ledger("e-new-towns-returned", on, "LedgerTask", NEW_TOWNS, new LedgerTaskReturnedEvent(NEW_TOWNS, LEAD));
        leftOutAs(TaskFacts.Review.RETURNED, "已退回");

        // approved (below T1's 30, knowingly), it counts: 0 of 5 → 0.00, red;
        //   completion = (92.08 + 69.06 + 85.00 + 0.00) ÷ 4 = 61.535 → 61.54
        ledger("e-new-towns-approved", LocalDate.of(2020, 10, 13), "LedgerTask", NEW_TOWNS,
                new LedgerTaskApprovedEvent(NEW_TOWNS, LEAD, drafted.defines(), true));
        var completion = score(LEAD, YEAR).component("completion");
        assertThat(completion.notCounted()).isEmpty();
        assertThat(item(completion, NEW_TOWNS)).extracting(item -> figure(item.score()), ScoreItem::warning)
                .containsExactly("0.00", Warning.RED);
        assertThat(ids(item(completion, NEW_TOWNS))).containsExactly("e-new-towns-drafted", "e-new-towns-approved");
        assertThat(figure(completion.score())).isEqualTo("61.54");
    }

    @Test
    void aRevisionOfApprovedDefinesIsScoredAsApprovedUntilTheOfficeDecides() {
        // LEAD doubles its towns target on 2020-10-12; until the office approves it, 30 is what is scored (92.08)
        var approved = quantitative(TOWNS, KEY_WORK, LEAD, "打造 30 个示范镇街", 30, "个", "T1").defines();
        var doubled = quantitative(TOWNS, KEY_WORK, LEAD, "打造 30 个示范镇街", 60, "个", "T1").defines();
        ledger("e-towns-revised", LocalDate.of(2020, 10, 12), "LedgerTask", TOWNS,
                new LedgerTaskDefinesRevisedEvent(TOWNS, List.of(Define.QUANTITY), approved, doubled));
        var task = plan().tasksOf(LEAD).stream().filter(found -> found.taskId().equals(TOWNS)).findFirst()
                .orElseThrow();
        assertThat(task.review()).isEqualTo(TaskFacts.Review.PENDING);
        assertThat(item(score(LEAD, YEAR).component("completion"), TOWNS).explanation())
                .isEqualTo("实际 16 / 目标 30 个 = 53.33%；按时序应完成 57.92%；完成进度比 92.08%，得分 92.08");

        // approved: 16/60 = 26.67 %, ÷ 57.92 % planned = 46.04
        ledger("e-towns-reapproved", LocalDate.of(2020, 10, 13), "LedgerTask", TOWNS,
                new LedgerTaskApprovedEvent(TOWNS, LEAD, doubled, false));
        var item = item(score(LEAD, YEAR).component("completion"), TOWNS);
        assertThat(item.explanation())
                .isEqualTo("实际 16 / 目标 60 个 = 26.67%；按时序应完成 57.92%；完成进度比 46.04%，得分 46.04");
        assertThat(ids(item)).containsExactly("e-towns-drafted", "e-towns-approved", "e-towns-reapproved",
                "e-towns-10");
    }

    @Test
    void aTargetOfZeroMeasuresNothingAndScoresZeroNotAHundred() {
        // the ledger no longer takes or approves a quantity of 0; should such a target still arrive (history from
        // before the rule), doing nothing must not be 100 % of it
        draftedAndApproved("zero", LocalDate.of(2020, 7, 8),
                quantitative("task-zero", KEY_WORK, LEAD, "示范镇街（旧数据）", 0, "个", "T1"));
        assertThat(item(score(LEAD, YEAR).component("completion"), "task-zero"))
                .extracting(item -> figure(item.score()), ScoreItem::warning, ScoreItem::explanation)
                .containsExactly("0.00", Warning.RED, "目标值不大于 0，无从衡量完成情况，按 0 计；实际 0 / 目标 0 个 = 0.00%；"
                        + "按时序应完成 57.92%；完成进度比 0.00%，得分 0.00");
    }

    @Test
    void timelinessCountsEveryCheckAndReportDueOrSubmitted() {
        // months from July (the notice) to the period's end; October's check is due 10-31, not yet:
        //   2020-07 on time 100; 2020-08 3 days late 100 − 3×10 = 70; 2020-09 on time 100;
        //   Q3 report judged on its first submission, 2 days late: 100 − 2×10 = 80 (round 2's 8 days do not count)
        //   timeliness = (100 + 70 + 100 + 80) ÷ 4 = 87.50
        var year = score(LEAD, YEAR).component("timeliness");
        assertThat(year.items()).extracting(ScoreItem::subject, item -> figure(item.score()))
                .containsExactly(tuple("chk-lead-2020-07", "100.00"), tuple("chk-lead-2020-08", "70.00"),
                        tuple("chk-lead-2020-09", "100.00"), tuple(LEAD_REPORT, "80.00"));
        assertThat(figure(year.score())).isEqualTo("87.50");
        assertThat(ids(item(year, "chk-lead-2020-08")))
                .containsExactly("e-chk-lead-08-opened", "e-chk-lead-08-submitted");
        assertThat(ids(item(year, LEAD_REPORT))).containsExactly("e-rpt-lead-drafted", "e-rpt-lead-round-1");
        assertThat(item(year, "chk-lead-2020-08").explanation()).isEqualTo("逾期 3 天，100 − 3 × 10 = 70.00");

        // Q3 holds the same four items; in Q4 nothing is due yet, so timeliness does not apply
        assertThat(figure(score(LEAD, Q3).component("timeliness").score())).isEqualTo("87.50");
        var q4 = score(LEAD, Q4).component("timeliness");
        assertThat(q4.applicable()).isFalse();
        assertThat(q4.items()).isEmpty();
    }

    @Test
    void materialsCountTheLatestSubmissionsUsableEvidenceAndTheShareArchived() {
        // round 2 names four pieces; ev-old-photo was withdrawn, so 3 are usable, of which 2 archived:
        //   50 + 50 × 2/3 = 50 + 33.33 = 83.33; the only report due in the year, so materials = 83.33
        var year = score(LEAD, YEAR).component("materials");
        assertThat(year.items()).extracting(ScoreItem::subject, item -> figure(item.score()))
                .containsExactly(tuple(LEAD_REPORT, "83.33"));
        assertThat(figure(year.score())).isEqualTo("83.33");
        assertThat(ids(year.items().get(0)))
                .containsExactly("e-rpt-lead-round-2", "e-ev-towns-archived", "e-ev-ideology-archived");
        assertThat(figure(score(LEAD, Q3).component("materials").score())).isEqualTo("83.33");
        assertThat(score(LEAD, Q4).component("materials").applicable()).isFalse();
    }

    @Test
    void supervisionIsTheLatestScoreOfEachQuarter() {
        var year = score(LEAD, YEAR).component("supervision");
        assertThat(year.items()).extracting(ScoreItem::subject, item -> figure(item.score()), ScoreItem::explanation)
                .containsExactly(tuple("2020-Q3", "92.00", "推进有力，资料规范"));
        assertThat(figure(year.score())).isEqualTo("92.00");
        assertThat(ids(year.items().get(0))).containsExactly("e-supervision-lead-92");
        assertThat(score(LEAD, Q4).component("supervision").applicable()).isFalse();
    }

    @Test
    void chasesLowerTheirQuarterNotBelow0AndAWithdrawnOneCostsNothing() {
        publish("e-chase-1", "supervision", "Chase", "chase-1", LocalDate.of(2020, 8, 1), Map.of(),
                new ChaseOpenedEvent("chase-1", PLAN, LEAD, new ChaseSubject(ChaseSubjectKind.DEPARTMENT, null, LEAD),
                        "八月推进督办", "请反馈", LocalDate.of(2020, 8, 10), LocalDate.of(2020, 8, 1)));
        publish("e-chase-1-reply", "supervision", "Chase", "chase-1", LocalDate.of(2020, 8, 15), Map.of(),
                new ChaseRepliedEvent("chase-1", PLAN, LEAD, 1, "已推进", List.of(), LocalDate.of(2020, 8, 15),
                        LocalDate.of(2020, 8, 10), 5));
        publish("e-chase-2", "supervision", "Chase", "chase-2", LocalDate.of(2020, 9, 1), Map.of(),
                new ChaseOpenedEvent("chase-2", PLAN, LEAD, new ChaseSubject(ChaseSubjectKind.DEPARTMENT, null, LEAD),
                        "误发", "请反馈", LocalDate.of(2020, 9, 5), LocalDate.of(2020, 9, 1)));
        publish("e-chase-2-withdrawn", "supervision", "Chase", "chase-2", LocalDate.of(2020, 9, 2), Map.of(),
                new ChaseWithdrawnEvent("chase-2", PLAN, LEAD));
        publish("e-chase-3", "supervision", "Chase", "chase-3", LocalDate.of(2020, 10, 14), Map.of(),
                new ChaseOpenedEvent("chase-3", PLAN, LEAD, new ChaseSubject(ChaseSubjectKind.DEPARTMENT, null, LEAD),
                        "十月督办", "请反馈", LocalDate.of(2020, 10, 20), LocalDate.of(2020, 10, 14)));
        var strict = new RuleSet(1, RuleSet.DEFAULT.components(), RuleSet.DEFAULT.thresholds(), BigDecimal.TEN,
                new BigDecimal("2"), List.of(), new ChaseRules(new BigDecimal("50"), BigDecimal.TEN,
                new BigDecimal("20")), null, "办公室", "从严");

        // Q3: 92 − (50 + 5 × 10) = −8 → 0; the withdrawn chase is not mentioned; Q4's chase is not due yet
        var q3 = Scorer.score(plan(), LEAD, Q3, AS_OF, strict).component("supervision");
        assertThat(figure(q3.score())).isEqualTo("0.00");
        assertThat(q3.items().get(0).explanation()).isEqualTo("办公室督办评分 92（推进有力，资料规范）；"
                + "督办单“八月推进督办”第 1 轮逾期 5 天反馈（答复期限 2020-08-10），扣 50 + 5 × 10 = 100；"
                + "92 − 100 = 0.00（不低于 0）");
        assertThat(ids(q3.items().get(0))).containsExactly("e-supervision-lead-92", "e-chase-1", "e-chase-1-reply");
        assertThat(Scorer.score(plan(), LEAD, Q4, AS_OF, strict).component("supervision").applicable()).isFalse();
        // under the default rules the same lateness costs 5 + 5 × 1 = 10
        assertThat(figure(score(LEAD, Q3).component("supervision").score())).isEqualTo("82.00");
    }

    @Test
    void theRulesSayWhichComponentsCountWithTheirLabelsWeightsAndShares() {
        var two = new RuleSet(1, List.of(new ComponentRule("completion", "任务完成", 70),
                new ComponentRule("supervision", "督查督办", 30)), RuleSet.DEFAULT.thresholds(), BigDecimal.TEN,
                new BigDecimal("2"), List.of(), ChaseRules.DEFAULT, null, "办公室", "两项");
        var card = Scorer.score(plan(), LEAD, Q3, AS_OF, two);
        assertThat(card.components()).extracting(Component::name, Component::label, Component::weight)
                .containsExactly(tuple("completion", "任务完成", 70), tuple("supervision", "督查督办", 30));
        var completion = card.component("completion").score();
        BigDecimal expected = completion.multiply(new BigDecimal("70")).add(new BigDecimal("92").multiply(
                new BigDecimal("30"))).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        assertThat(card.base()).isEqualByComparingTo(expected);
        assertThat(card.component("supervision").weighted()).isEqualByComparingTo("27.60");
        // timeliness is not counted, but what it finds overdue is still an alert
        assertThat(card.itemsOf("timeliness")).isEmpty();
        assertThat(card.alerts()).extracting(Alert::kind)
                .containsAll(Scorer.score(plan(), LEAD, Q3, AS_OF, RuleSet.DEFAULT).alerts().stream()
                        .map(Alert::kind).toList());
    }

    @Test
    void bonusesAndBreachesOfTheLeadDepartment() {
        // bonus: 3 (Q3); breaches: the petition breach counts (its appeal was rejected), 2 points by default;
        // the safety breach was revoked and does not appear
        var year = score(LEAD, YEAR);
        assertThat(year.bonuses()).extracting(ScoreItem::subject, item -> figure(item.score()), ScoreItem::explanation)
                .containsExactly(tuple("e-bonus-lead", "3.00", "承办全市政务服务现场会"));
        assertThat(figure(year.bonus())).isEqualTo("3.00");
        assertThat(year.breaches()).extracting(ScoreItem::subject, ScoreItem::label, item -> figure(item.score()))
                .containsExactly(tuple("breach-petition", "负面清单 负面清单-2", "-2.00"));
        assertThat(ids(year.breaches().get(0))).containsExactly("e-breach-petition-recorded",
                "e-breach-petition-appealed", "e-breach-petition-rejected");
        assertThat(year.breaches().get(0).explanation()).isEqualTo("扣 2.00 分（申诉驳回）");
        assertThat(figure(year.deductions())).isEqualTo("2.00");
        assertThat(year.vetoed()).isFalse();

        var q4 = score(LEAD, Q4);
        assertThat(q4.bonuses()).isEmpty();
        assertThat(q4.breaches()).isEmpty();
        assertThat(figure(q4.bonus())).isEqualTo("0.00");
        assertThat(figure(q4.deductions())).isEqualTo("0.00");
    }

    @Test
    void baseAndTotalOfTheLeadDepartment() {
        // year: base = (40×82.05 + 20×87.50 + 20×83.33 + 20×92.00) ÷ 100
        //            = (3282.00 + 1750.00 + 1666.60 + 1840.00) ÷ 100 = 8538.60 ÷ 100 = 85.386 → 85.39
        //       total = 85.39 + 3 (bonus) − 2 (breach) = 86.39
        var year = score(LEAD, YEAR);
        assertThat(figure(year.base())).isEqualTo("85.39");
        assertThat(figure(year.total())).isEqualTo("86.39");
        assertThat(year.rulesVersion()).isZero();
        assertThat(year.period()).isEqualTo("2020");

        // Q3:  base = (40×86.43 + 20×87.50 + 20×83.33 + 20×92.00) ÷ 100 = (3457.20 + 1750 + 1666.60 + 1840) ÷ 100
        //            = 8713.80 ÷ 100 = 87.138 → 87.14;  total = 87.14 + 3 − 2 = 88.14
        var q3 = score(LEAD, Q3);
        assertThat(figure(q3.base())).isEqualTo("87.14");
        assertThat(figure(q3.total())).isEqualTo("88.14");

        // Q4:  only completion applies: base = 40×82.05 ÷ 40 = 82.05; no bonus or breach in Q4
        var q4 = score(LEAD, Q4);
        assertThat(figure(q4.base())).isEqualTo("82.05");
        assertThat(figure(q4.total())).isEqualTo("82.05");
        assertThat(q4.warning()).isEqualTo(Warning.RED);
    }

    @Test
    void theLeadDepartmentIsAlertedToItsYellowAndRedTasksAndItsOpenGaps() {
        // towns 92.08 yellow, communities 69.06 red, ideology 滞后 85.00 yellow, each due by its deadline, the year
        // end; gap-town-photos was closed; gap-community-files (fix by 09-15) is overdue; gap-community-ledger is open
        assertThat(score(LEAD, YEAR).alerts()).containsExactly(
                new Alert("YELLOW", TOWNS, "打造 30 个示范镇街", YEAR_END),
                new Alert("RED", COMMUNITIES, "建成 40 个示范社区", YEAR_END),
                new Alert("YELLOW", LEAD_IDEOLOGY, "落实意识形态工作责任制", YEAR_END),
                new Alert("OVERDUE_GAP", "gap-community-files", "示范社区验收资料不全", LocalDate.of(2020, 9, 15)),
                new Alert("OPEN_GAP", "gap-community-ledger", "社区台账未按月更新", LocalDate.of(2020, 10, 31)));
    }

    @Test
    void openGapsAreAlertsAndNothingOfTheLeadDepartmentIsOverdue() {
        assertThat(score(LEAD, YEAR).alerts()).filteredOn(alert -> !List.of("RED", "YELLOW").contains(alert.kind()))
                .containsExactly(
                        new Alert("OVERDUE_GAP", "gap-community-files", "示范社区验收资料不全", LocalDate.of(2020, 9, 15)),
                        new Alert("OPEN_GAP", "gap-community-ledger", "社区台账未按月更新", LocalDate.of(2020, 10, 31)));
    }

    // --- the office, 办公室 ----------------------------------------------------------------------------------------

    @Test
    void whatTheOfficeDidNotHandInScoresZeroAndIsAlerted() {
        // timeliness: 2020-07 2 days late 100 − 20 = 80; 2020-08 never opened, due at month end: 0;
        //   2020-09 opened, never submitted: 0; Q3 report drafted, never submitted: 0 → 80 ÷ 4 = 20.00
        // materials: the Q3 report is overdue → 0; supervision 80
        var year = score(OFFICE, YEAR);
        var timeliness = year.component("timeliness");
        assertThat(timeliness.items()).extracting(ScoreItem::subject, item -> figure(item.score()))
                .containsExactly(tuple("chk-office-2020-07", "80.00"), tuple("办公室/2020-08", "0.00"),
                        tuple("chk-office-2020-09", "0.00"), tuple(OFFICE_REPORT, "0.00"));
        assertThat(figure(timeliness.score())).isEqualTo("20.00");
        assertThat(ids(item(timeliness, "办公室/2020-08"))).isEmpty();
        assertThat(ids(item(timeliness, "chk-office-2020-09"))).containsExactly("e-chk-office-09-opened");
        assertThat(ids(item(timeliness, OFFICE_REPORT))).containsExactly("e-rpt-office-drafted");
        assertThat(year.component("materials").items()).extracting(ScoreItem::subject, item -> figure(item.score()))
                .containsExactly(tuple(OFFICE_REPORT, "0.00"));
        assertThat(year.component("materials").applicable()).isTrue();
        assertThat(figure(year.component("supervision").score())).isEqualTo("80.00");

        assertThat(year.alerts()).filteredOn(alert -> alert.kind().startsWith("OVERDUE")).containsExactly(
                new Alert("OVERDUE_CHECK", "办公室/2020-08", "2020-08 月度小结", LocalDate.of(2020, 8, 31)),
                new Alert("OVERDUE_CHECK", "chk-office-2020-09", "2020-09 月度小结", LocalDate.of(2020, 9, 30)),
                new Alert("OVERDUE_REPORT", OFFICE_REPORT, "2020-Q3 季度报告", LocalDate.of(2020, 9, 30)));
    }

    @Test
    void theOfficesBonusAndBreachFallInQ4() {
        // the Q4 bonus (1.5) and the 10-12 breach (2) count in the year and Q4, not in Q3
        var year = score(OFFICE, YEAR);
        assertThat(figure(year.bonus())).isEqualTo("1.50");
        assertThat(figure(year.deductions())).isEqualTo("2.00");
        assertThat(year.breaches()).extracting(ScoreItem::subject, ScoreItem::explanation)
                .containsExactly(tuple("breach-office", "扣 2.00 分（已认定）"));
        var q3 = score(OFFICE, Q3);
        assertThat(q3.bonuses()).isEmpty();
        assertThat(q3.breaches()).isEmpty();
        var q4 = score(OFFICE, Q4);
        assertThat(q4.bonuses()).extracting(ScoreItem::subject).containsExactly("e-bonus-office");
        assertThat(figure(q4.deductions())).isEqualTo("2.00");
        // a day before the breach happened it does not count yet
        var before = Scorer.score(plan(), OFFICE, Q4, LocalDate.of(2020, 10, 11), RuleSet.DEFAULT);
        assertThat(before.breaches()).isEmpty();
        assertThat(figure(before.deductions())).isEqualTo("0.00");
    }

    @Test
    void aBreachUnderAppealStillCountsAndSaysSo() {
        // the office appeals its October breach on 10-14: pending, it still costs 2 points
        supervision("e-breach-office-appealed", LocalDate.of(2020, 10, 14), OFFICE, "上访人员诉求不属本处职责",
                new BreachAppealedEvent("breach-office", PLAN, OFFICE));
        var year = score(OFFICE, YEAR);
        assertThat(year.breaches()).extracting(ScoreItem::subject, ScoreItem::explanation)
                .containsExactly(tuple("breach-office", "扣 2.00 分（申诉中）"));
        assertThat(figure(year.deductions())).isEqualTo("2.00");
        assertThat(ids(year.breaches().get(0)))
                .containsExactly("e-breach-office-recorded", "e-breach-office-appealed");
    }

    @Test
    void completionBaseAndTotalOfTheOffice() {
        // year, planned 106/183:
        //   documents 50/120 = 41.67 %: (50×183)/(120×106) = 9150/12720 = 71.93 → red
        //   ideology  September's status 受阻 (BLOCKED) is 50 % of plan itself: 50.00 → red
        //   completion = (71.93 + 50.00) ÷ 2 = 121.93 ÷ 2 = 60.965 → 60.97 (half up) → red
        //   base = (40×60.97 + 20×20.00 + 20×0.00 + 20×80.00) ÷ 100 = (2438.80 + 400 + 0 + 1600) ÷ 100
        //        = 4438.80 ÷ 100 = 44.388 → 44.39
        //   total = 44.39 + 1.50 − 2.00 = 43.89
        var year = score(OFFICE, YEAR);
        assertThat(year.component("completion").items()).extracting(item -> figure(item.score()), ScoreItem::warning)
                .containsExactly(tuple("71.93", Warning.RED), tuple("50.00", Warning.RED));
        assertThat(figure(year.component("completion").score())).isEqualTo("60.97");
        assertThat(year.warning()).isEqualTo(Warning.RED);
        assertThat(figure(year.base())).isEqualTo("44.39");
        assertThat(figure(year.total())).isEqualTo("43.89");
        assertThat(year.alerts()).extracting(Alert::kind, Alert::subject, Alert::dueOn).containsExactly(
                tuple("RED", OFFICE_DOCUMENTS, YEAR_END), tuple("RED", OFFICE_IDEOLOGY, YEAR_END),
                tuple("OVERDUE_CHECK", "办公室/2020-08", LocalDate.of(2020, 8, 31)),
                tuple("OVERDUE_CHECK", "chk-office-2020-09", LocalDate.of(2020, 9, 30)),
                tuple("OVERDUE_REPORT", OFFICE_REPORT, LocalDate.of(2020, 9, 30)));

        // Q3, planned 91/183:
        //   documents (50×183)/(120×91) = 9150/10920 = 83.79 → red; ideology 受阻 50.00 → red
        //   completion = (83.79 + 50.00) ÷ 2 = 133.79 ÷ 2 = 66.895 → 66.90 → red
        //   base = (40×66.90 + 20×20 + 20×0 + 20×80) ÷ 100 = (2676.00 + 400 + 1600) ÷ 100 = 46.76; no bonus or
        //   breach in Q3
        var q3 = score(OFFICE, Q3);
        assertThat(q3.component("completion").items()).extracting(item -> figure(item.score()), ScoreItem::warning)
                .containsExactly(tuple("83.79", Warning.RED), tuple("50.00", Warning.RED));
        assertThat(figure(q3.component("completion").score())).isEqualTo("66.90");
        assertThat(q3.warning()).isEqualTo(Warning.RED);
        assertThat(figure(q3.base())).isEqualTo("46.76");
        assertThat(figure(q3.total())).isEqualTo("46.76");

        // Q4: completion alone, 60.97; total = 60.97 + 1.50 − 2.00 = 60.47
        var q4 = score(OFFICE, Q4);
        assertThat(figure(q4.base())).isEqualTo("60.97");
        assertThat(figure(q4.total())).isEqualTo("60.47");
    }

    // --- other rules ----------------------------------------------------------------------------------------------

    /** Completion 30, timeliness 30, materials 10, supervision 30; green 90, yellow 80; 5 per day late; 1 per breach. */
    private static final RuleSet PROPOSED = new RuleSet(2, List.of(
            new ComponentRule("completion", "完成情况", 30), new ComponentRule("timeliness", "及时性", 30),
            new ComponentRule("materials", "资料报送及归档", 10), new ComponentRule("supervision", "督办", 30)),
            new WarningThresholds(new BigDecimal("90"), new BigDecimal("80")), new BigDecimal("5"),
            BigDecimal.ONE, List.of(new BreachRule(SAFETY, new BigDecimal("20"), false)), ChaseRules.DEFAULT, null,
            "办公室", "试算");

    @Test
    void whatIfOtherRulesRescoreLatenessAndDeductions() {
        // lateness at 5 a day: 2020-08 100 − 15 = 85; Q3 report 100 − 10 = 90 → (100 + 85 + 100 + 90) ÷ 4 = 93.75
        // the petition breach costs 1 (no rule of its own); the revoked safety breach still nothing
        var lead = Scorer.score(plan(), LEAD, YEAR, AS_OF, PROPOSED);
        assertThat(figure(lead.component("timeliness").score())).isEqualTo("93.75");
        assertThat(figure(lead.deductions())).isEqualTo("1.00");
        assertThat(lead.rulesVersion()).isEqualTo(2);
        // the office: 2020-07 100 − 10 = 90, the rest 0 → 90 ÷ 4 = 22.50
        var office = Scorer.score(plan(), OFFICE, YEAR, AS_OF, PROPOSED);
        assertThat(figure(office.component("timeliness").score())).isEqualTo("22.50");
        assertThat(figure(office.deductions())).isEqualTo("1.00");
    }

    @Test
    void whatIfOtherWeightsGiveTheTotalComputedByHand() {
        // lead: base = (30×82.05 + 30×93.75 + 10×83.33 + 30×92.00) ÷ 100
        //            = (2461.50 + 2812.50 + 833.30 + 2760.00) ÷ 100 = 8867.30 ÷ 100 = 88.673 → 88.67
        //       total = 88.67 + 3 − 1 = 90.67; at green 90 / yellow 80: towns 92.08 green, communities 69.06 red,
        //       ideology 滞后 85.00 yellow; the department's 82.05 yellow
        var lead = Scorer.score(plan(), LEAD, YEAR, AS_OF, PROPOSED);
        assertThat(figure(lead.base())).isEqualTo("88.67");
        assertThat(figure(lead.total())).isEqualTo("90.67");
        assertThat(lead.component("completion").items()).extracting(ScoreItem::warning)
                .containsExactly(Warning.GREEN, Warning.RED, Warning.YELLOW);
        assertThat(lead.warning()).isEqualTo(Warning.YELLOW);
        // office: completion 60.97 as under the defaults (the same percentages of plan): base = (30×60.97 + 30×22.50
        //         + 10×0 + 30×80.00) ÷ 100 = (1829.10 + 675.00 + 0 + 2400.00) ÷ 100 = 4904.10 ÷ 100 = 49.041 → 49.04;
        //         total = 49.04 + 1.50 − 1 = 49.54; documents 71.93 and ideology 受阻 50.00 red at 80, so is 60.97
        var office = Scorer.score(plan(), OFFICE, YEAR, AS_OF, PROPOSED);
        assertThat(figure(office.component("completion").score())).isEqualTo("60.97");
        assertThat(figure(office.base())).isEqualTo("49.04");
        assertThat(figure(office.total())).isEqualTo("49.54");
        assertThat(office.component("completion").items()).extracting(ScoreItem::warning)
                .containsExactly(Warning.RED, Warning.RED);
        assertThat(office.warning()).isEqualTo(Warning.RED);
    }

    @Test
    void aBreachedVetoItemMakesTheTotalZero() {
        // the office adopts version 1: a petition breach is a veto (一票否决)
        publish("e-rules-v1", "scoring", "ScoringRulebook", PLAN, LocalDate.of(2020, 10, 14),
                Map.of(EventMetadata.ACTOR_NAME, "王主任", EventMetadata.REASON, "越级上访实行一票否决"),
                new ScoringRulesAdoptedEvent(PLAN, 1, new ComponentWeights(40, 20, 20, 20), RuleSet.DEFAULT.thresholds(),
                        BigDecimal.TEN, new BigDecimal("2"), List.of(new BreachRule(PETITION, BigDecimal.ZERO, true))));
        RuleSet v1 = plan().currentRules();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.adoptedBy()).isEqualTo("王主任");
        assertThat(v1.reason()).isEqualTo("越级上访实行一票否决");

        var year = Scorer.score(plan(), LEAD, YEAR, AS_OF, v1);
        assertThat(year.vetoed()).isTrue();
        assertThat(figure(year.total())).isEqualTo("0.00");
        assertThat(year.breaches()).extracting(ScoreItem::subject, ScoreItem::explanation)
                .containsExactly(tuple("breach-petition", "一票否决项"));
        assertThat(year.rulesVersion()).isEqualTo(1);
        assertThat(Scorer.score(plan(), OFFICE, Q4, AS_OF, v1).vetoed()).isTrue();
        // the lead department's breach was in August: its Q4 is not vetoed, nor is the office's Q3
        assertThat(Scorer.score(plan(), LEAD, Q4, AS_OF, v1).vetoed()).isFalse();
        assertThat(Scorer.score(plan(), OFFICE, Q3, AS_OF, v1).vetoed()).isFalse();
    }

    @Test
    void aRevokedBreachOfAVetoItemDoesNotVeto() {
        var safetyVeto = new RuleSet(1, RuleSet.DEFAULT.components(), RuleSet.DEFAULT.thresholds(), BigDecimal.TEN,
                new BigDecimal("2"), List.of(new BreachRule(SAFETY, BigDecimal.ZERO, true)), ChaseRules.DEFAULT, null,
                "办公室", "安全生产一票否决");
        var year = Scorer.score(plan(), LEAD, YEAR, AS_OF, safetyVeto);
        assertThat(year.vetoed()).isFalse();
        assertThat(year.breaches()).extracting(ScoreItem::subject).containsExactly("breach-petition");
    }

    // --- the pieces -----------------------------------------------------------------------------------------------

    @Test
    void thePlannedShareIsElapsedDaysOverPlannedDays() {
        assertThat(Scorer.plannedShare(NOTICE, YEAR_END, NOTICE)).isEqualByComparingTo("0");
        assertThat(Scorer.plannedShare(NOTICE, YEAR_END, LocalDate.of(2020, 6, 1))).isEqualByComparingTo("0");
        // 106 ÷ 183 = 0.579234… → 57.9235 %; 91 ÷ 183 = 0.497267… → 49.7268 %
        assertThat(Scorer.plannedShare(NOTICE, YEAR_END, AS_OF)).isEqualByComparingTo("57.9235");
        assertThat(Scorer.plannedShare(NOTICE, YEAR_END, LocalDate.of(2020, 9, 30))).isEqualByComparingTo("49.7268");
        assertThat(Scorer.plannedShare(NOTICE, YEAR_END, YEAR_END)).isEqualByComparingTo("100");
        assertThat(Scorer.plannedShare(NOTICE, NOTICE, AS_OF)).isEqualByComparingTo("100");
    }

    @Test
    void aPeriodIsAYearOrOneOfItsQuarters() {
        assertThat(Period.parse("2020")).isEqualTo(Period.year(2020));
        assertThat(Period.parse(" 2020-Q3 ")).isEqualTo(new Period(2020, 3));
        assertThat(Q3.firstDay()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(Q3.lastDay()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(YEAR.quarters()).containsExactly("2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4");
        assertThat(Q4.quarters()).containsExactly("2020-Q4");
    }

    @Test
    void refusesAPeriodThatIsNeitherAYearNorAQuarter() {
        for (String text : new String[] {"2020-Q5", "2020-Q0", "2020Q3", "2020-3", "20-Q1", "2020-q3", "二〇二〇",
                "", null}) {
            assertThatThrownBy(() -> Period.parse(text)).as(String.valueOf(text))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo("invalid-period");
                        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
                    });
        }
    }
}
