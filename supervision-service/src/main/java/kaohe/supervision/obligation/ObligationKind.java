package kaohe.supervision.obligation;

/** What is owed; the label is what the office and the departments call it. */
public enum ObligationKind {
    LIAISON_DESIGNATION("确定联络员"),
    MONTHLY_CHECK("月度检查"),
    QUARTERLY_REPORT("季度报告"),
    GAP("问题整改"),
    TASK_DEADLINE("台账任务完成时限"),
    TASK_MILESTONE("台账任务节点"),
    REPORT_REVIEW("季度报告审核"),
    EXTENSION_DECISION("延期申请审批"),
    CORRECTION_DECISION("报告更正审批"),
    CHASE_REPLY("督办单反馈"),
    CHASE_REVIEW("督办单复核");

    private final String label;

    ObligationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
