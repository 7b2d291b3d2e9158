package kaohe.platform.history;

import java.time.Instant;

/** One event of an aggregate's history as an auditor reads it: what, when, who, why. */
public record HistoryEntry(long sequence, String eventId, String type, Instant occurredAt, String actorId,
                           String actorName, String actorDepartment, String actorRoles, String reason,
                           String correlationId, String causationId, Object payload) {
}
