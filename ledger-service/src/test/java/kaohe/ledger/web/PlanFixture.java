package kaohe.ledger.web;

import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A 2020 plan as the indicator context announces it, with three of the seed's indicators: 市考个性工作-3 (30 个示范镇街
 * and 40 个示范社区; lead 政务服务管理处, cooperating 审批制度改革处, leader 张新鳌), a qualitative common indicator
 * of the same lead department (leader 段重利), and one of 督查处. The leaders are linked to their accounts
 * (leader-zhang, leader-duan), or registered by name alone as before accounts existed.
 */
public record PlanFixture(String planId, String demoTowns, String ideology, String supervision) {

    public static final String LEAD = "政务服务管理处";
    public static final String COOPERATING = "审批制度改革处";
    public static final String OTHER = "督查处";

    /** The plan aggregate's next sequence number after its definition, departments and unlinked leaders. */
    static final long AFTER_UNLINKED_LEADERS = 7;

    static PlanFixture publish(IndicatorEventsFeed feed, boolean leadersLinked) {
        String planId = "t-" + UUID.randomUUID().toString().substring(0, 8);
        feed.publish("AssessmentPlan", planId, 0, new AssessmentPlanDefinedEvent(planId, 2020,
                "2020年度目标责任考核指标任务分解", "西安市行政审批服务局", "市审批发〔2020〕14号",
                LocalDate.of(2020, 7, 7), LocalDate.of(2020, 7, 10)));
        long sequence = 1;
        for (String department : List.of(LEAD, COOPERATING, OTHER, "办公室")) {
            feed.publish("AssessmentPlan", planId, sequence++, new DepartmentRegisteredEvent(planId, department));
        }
        for (String leader : List.of("张新鳌", "段重利")) {
            feed.publish("AssessmentPlan", planId, sequence++, new LeaderRegisteredEvent(planId, leader));
        }
        if (leadersLinked) {
            feed.publish("AssessmentPlan", planId, sequence++,
                    new LeaderAccountLinkedEvent(planId, "张新鳌", null, LedgerUsers.ZHANG.id()));
            feed.publish("AssessmentPlan", planId, sequence,
                    new LeaderAccountLinkedEvent(planId, "段重利", null, LedgerUsers.DUAN.id()));
        }
        var fixture = new PlanFixture(planId, planId + "-ind-3", planId + "-ind-ideology", planId + "-ind-ducha");
        feed.publish("Indicator", fixture.demoTowns(), 0, new IndicatorDefinedEvent(fixture.demoTowns(), planId,
                IndicatorKind.MUNICIPAL_KEY_WORK, "市考个性工作-3", "十项重点工作", "打造 30 个示范镇街和 40 个示范社区。", false,
                List.of(new Target("T1", new BigDecimal("30"), "个", "示范镇街"),
                        new Target("T2", new BigDecimal("40"), "个", "示范社区")),
                List.of(LEAD), List.of(COOPERATING), false, List.of("张新鳌"), null));
        feed.publish("Indicator", fixture.ideology(), 0, new IndicatorDefinedEvent(fixture.ideology(), planId,
                IndicatorKind.COMMON, "共性指标-意识形态工作-1", "意识形态工作", "落实意识形态工作责任制。", false,
                List.of(), List.of(LEAD), List.of(), false, List.of("段重利"), null));
        feed.publish("Indicator", fixture.supervision(), 0, new IndicatorDefinedEvent(fixture.supervision(), planId,
                IndicatorKind.MUNICIPAL_KEY_WORK, "市考个性工作-9", "十项重点工作", "全年督办事项办结率达到 95%。", false,
                List.of(new Target("T1", new BigDecimal("95"), "%", "督办事项办结率")),
                List.of(OTHER), List.of(), false, List.of("段重利"), null));
        return fixture;
    }
}
