package kaohe.scoring.event;

/** The office rejected an appeal, with a reason: the breach stands. */
public record BreachAppealRejectedEvent(String breachId, String planId, String department) {
}
