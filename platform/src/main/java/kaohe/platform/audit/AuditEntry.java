package kaohe.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One stored event as an auditor reads it: its place in the store, who did it (and in which roles, comma-separated)
 * and why (from its metadata), the payload as stored, every field it revised from what to what, and its link in the
 * event chain.
 */
public record AuditEntry(String context, long globalIndex, String eventId, String type, String aggregateType,
                         String aggregateId, long sequence, Instant occurredAt, String actorId, String actorName,
                         String actorDepartment, String actorRoles, String reason, String correlationId,
                         JsonNode payload, List<RevisedFields.Change> changes, String chainHash) {
}
