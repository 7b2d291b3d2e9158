package kaohe.scoring.event;

/** The department appealed a breach (申诉); the grounds are the event's reason. The breach counts until revoked. */
public record BreachAppealedEvent(String breachId, String planId, String department) {
}
