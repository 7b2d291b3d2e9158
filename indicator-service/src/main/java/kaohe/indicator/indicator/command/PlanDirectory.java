package kaohe.indicator.indicator.command;

/** What the indicator aggregate must know of its plan: which plans, departments and leaders exist. */
public interface PlanDirectory {

    boolean planExists(String planId);

    boolean departmentRegistered(String planId, String department);

    boolean leaderRegistered(String planId, String leader);
}
