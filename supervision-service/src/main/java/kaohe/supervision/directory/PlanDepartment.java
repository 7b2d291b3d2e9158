package kaohe.supervision.directory;

/** A department in a plan: what a leader follows. */
public record PlanDepartment(String planId, String department) {
}
