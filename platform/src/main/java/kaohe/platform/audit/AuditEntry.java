package kaohe.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event as an auditor reads it: its place in the store, who did it and why (from its metadata), the
 * payload as stored (before and after values of every revision are in it), and its link in the event chain.
 */
public record AuditEntry(String context, long globalIndex, String eventId, String type, String aggregateType,
                         String aggregateId, long sequence, Instant occurredAt, String actorId, String actorName,
                         String actorDepartment, String reason, String correlationId, JsonNode payload,
                         String chainHash) {
}
