package kaohe.ledger.check.command;

/** Opens a department's check of its ledger for one month; the id follows from plan, department and month. */
public record OpenMonthlyCheckCommand(String checkId, String planId, String department, String month) {
}
