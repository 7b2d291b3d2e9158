package kaohe.ledger.report.command;

import java.util.List;

/** Starts a department's written report for a quarter; the id follows from plan, department and quarter. */
public record DraftQuarterlyReportCommand(String reportId, String planId, String department, String quarter,
                                          String narrative, List<String> evidence) {
}
