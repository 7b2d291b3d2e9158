package kaohe.scoring.event;

/** The office revoked a breach, with a reason: it no longer counts against the department. */
public record BreachRevokedEvent(String breachId, String planId, String department) {
}
