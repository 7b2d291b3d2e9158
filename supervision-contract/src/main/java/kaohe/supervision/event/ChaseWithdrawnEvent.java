package kaohe.supervision.event;

/** The office withdrew a 督办单 opened in error (撤销); the mandatory reason is in the event's metadata. */
public record ChaseWithdrawnEvent(String chaseId, String planId, String department) {
}
