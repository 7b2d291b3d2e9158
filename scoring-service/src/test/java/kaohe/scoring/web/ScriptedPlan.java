package kaohe.scoring.web;

import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.Target;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.publish.EventEnvelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small scripted case of the seed's bureau, every fact dated, whose scores are worked out by hand in the tests:
 * the notice issued 2020-07-01; 政务服务管理处 (A) leads 市考个性工作-3 (30 个示范镇街) with one quantitative task,
 * 审批制度改革处 (B) cooperates with one qualitative task; both keep monthly checks, A reports Q3 late with two
 * pieces of evidence of which one is archived, B does not report Q3; A has an open gap due 2020-10-10. The office
 * approved both tasks' six defines; a second task of A awaits its review. The leader 张新鳌 is responsible for both
 * indicators, linked to the account leader-zhang.
 */
public final class ScriptedPlan {

    public static final String A = "政务服务管理处";
    public static final String B = "审批制度改革处";
    public static final String LEADER = "张新鳌";
    /** The account 张新鳌 signs in with, linked in the plan. */
    public static final String LEADER_ID = "leader-zhang";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public final String planId = UUID.randomUUID().toString();
    public final String demoTowns = UUID.randomUUID().toString();
    public final String negativeItem = UUID.randomUUID().toString();
    public final String taskA = UUID.randomUUID().toString();
    public final String taskB = UUID.randomUUID().toString();
    /** A's second task, submitted 2020-10-12 and awaiting the office's review: shown, not counted. */
    public final String taskPendingA = UUID.randomUUID().toString();
    public final String reportA = UUID.randomUUID().toString();
    public final List<EventEnvelope> published = new ArrayList<>();
    public EventEnvelope progressA;
    public EventEnvelope reportSubmittedA;
    public EventEnvelope uploadedKept;

    private final EventsFeed feed;

    private ScriptedPlan(EventsFeed feed) {
        this.feed = feed;
    }

    public static ScriptedPlan publish(EventsFeed feed) {
        var plan = new ScriptedPlan(feed);
        plan.publishAll();
        return plan;
    }

    /** 10:00 in Shanghai on {@code day}: when a fact of that day became known. */
    public static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(SHANGHAI).toInstant();
    }

    private void publishAll() {
        add("indicator", planId, 0, "2020-07-01", new AssessmentPlanDefinedEvent(planId, 2020,
                "市行政审批局 2020 年度目标责任考核", "市行政审批服务局", "市审批发〔2020〕1号",
                LocalDate.parse("2020-07-01"), LocalDate.parse("2020-07-10")));
        add("indicator", planId, 1, "2020-07-01", new DepartmentRegisteredEvent(planId, A));
        add("indicator", planId, 2, "2020-07-01", new DepartmentRegisteredEvent(planId, B));
        add("indicator", planId, 3, "2020-07-01", new LeaderAccountLinkedEvent(planId, LEADER, null, LEADER_ID));
        add("indicator", demoTowns, 0, "2020-07-01", new IndicatorDefinedEvent(demoTowns, planId,
                IndicatorKind.MUNICIPAL_KEY_WORK, "市考个性工作-3", "十项重点工作", "打造 30 个示范镇街。", false,
                List.of(new Target("T1", new BigDecimal("30"), "个", "示范镇街")), List.of(A), List.of(B), false,
                List.of(LEADER), null));
        add("indicator", negativeItem, 0, "2020-07-01", new IndicatorDefinedEvent(negativeItem, planId,
                IndicatorKind.NEGATIVE_LIST, "负面清单-1", "负面清单", "发生重大行政审批违法违规事件。", false,
                List.of(), List.of(), List.of(), true, List.of(LEADER), "市行政审批服务局"));

        SixDefines towns = defines(new Quantity(new BigDecimal("30"), "个", "T1"), false, A);
        add("ledger", taskA, 0, "2020-07-05", new LedgerTaskDraftedEvent(taskA, planId, demoTowns, A, CarriedAs.LEAD,
                "创建 30 个示范镇街", towns));
        add("ledger", taskA, 1, "2020-07-06", new LedgerTaskApprovedEvent(taskA, A, towns, false));
        add("ledger", taskB, 0, "2020-07-05", new LedgerTaskDraftedEvent(taskB, planId, demoTowns, B,
                CarriedAs.COOPERATING, "配合制定示范镇街标准", defines(null, true, B)));
        add("ledger", taskB, 1, "2020-07-06", new LedgerTaskApprovedEvent(taskB, B, defines(null, true, B), false));
        SixDefines halls = defines(new Quantity(new BigDecimal("10"), "个", "T1"), false, A);
        add("ledger", taskPendingA, 0, "2020-10-12", new LedgerTaskDraftedEvent(taskPendingA, planId, demoTowns, A,
                CarriedAs.LEAD, "新增 10 个示范镇街", halls));
        add("ledger", taskPendingA, 1, "2020-10-12", new LedgerTaskSubmittedEvent(taskPendingA, A, halls));

        check(A, "2020-07", "2020-07-31", 0);
        check(A, "2020-08", "2020-09-02", 2);
        String septemberA = check(A, "2020-09", null, 0);
        check(B, "2020-07", "2020-07-30", 0);
        check(B, "2020-08", "2020-08-31", 0);
        String septemberB = check(B, "2020-09", "2020-09-30", 0);

        progressA = add("ledger", septemberA, 1, "2020-09-25", new TaskProgressRecordedEvent(septemberA, A,
                "2020-09", taskA, demoTowns, new BigDecimal("12"), "个", ProgressStatus.BEHIND, "12 个已验收"));
        add("ledger", septemberB, 2, "2020-09-28", new TaskProgressRecordedEvent(septemberB, B, "2020-09", taskB,
                demoTowns, null, null, ProgressStatus.ON_TRACK, "标准已起草"));
        add("ledger", septemberA, 2, "2020-09-26", new GapFoundEvent(septemberA, UUID.randomUUID().toString(), A,
                taskA, "3 个镇街便民服务中心未挂牌", "李娜", LocalDate.parse("2020-10-10")));

        uploadedKept = evidence("e-kept", "2020-09-20");
        evidence("e-other", "2020-09-21");
        add("evidence", "e-kept", 1, "2020-10-08", new EvidenceArchivedEvent("e-kept", A,
                LocalDate.parse("2020-10-08")));
        add("ledger", reportA, 0, "2020-09-15", new QuarterlyReportDraftedEvent(reportA, planId, A, "2020-Q3",
                LocalDate.parse("2020-09-30")));
        reportSubmittedA = add("ledger", reportA, 1, "2020-10-02", new QuarterlyReportSubmittedEvent(reportA, planId,
                A, "2020-Q3", 1, "三季度完成 12 个示范镇街验收", List.of(), List.of("e-kept", "e-other"),
                LocalDate.parse("2020-10-02"), LocalDate.parse("2020-09-30"), 2));
    }

    /** A monthly check opened on the 1st of the next month's due day; submitted on {@code submittedOn} if given. */
    private String check(String department, String month, String submittedOn, int daysLate) {
        String checkId = UUID.randomUUID().toString();
        LocalDate dueOn = java.time.YearMonth.parse(month).atEndOfMonth();
        add("ledger", checkId, 0, month + "-01", new MonthlyCheckOpenedEvent(checkId, planId, department, month,
                dueOn));
        if (submittedOn != null) {
            add("ledger", checkId, 3, submittedOn, new MonthlyCheckSubmittedEvent(checkId, department, month,
                    LocalDate.parse(submittedOn), dueOn, daysLate));
        }
        return checkId;
    }

    private EventEnvelope evidence(String evidenceId, String day) {
        return add("evidence", evidenceId, 0, day, new EvidenceUploadedEvent(evidenceId, planId, A, "image/jpeg", true,
                1024, "0".repeat(64), "kaohe-evidence", "evidence/" + evidenceId, evidenceId + "-验收现场.jpg", null,
                null, null, List.of()));
    }

    private static SixDefines defines(Quantity quantity, boolean qualitative, String unit) {
        return new SixDefines("市考个性工作", quantity, qualitative, "通过市级验收", LocalDate.parse("2020-12-31"),
                List.of(), unit, "李娜", "逐月督导");
    }

    private EventEnvelope add(String context, String aggregateId, long sequence, String day, Object event) {
        var envelope = feed.publish(context, aggregateId, sequence, at(day), event);
        published.add(envelope);
        return envelope;
    }

    /** Events the fold applies: every one published (none of them is of a type scoring ignores). */
    public int size() {
        return published.size();
    }
}
