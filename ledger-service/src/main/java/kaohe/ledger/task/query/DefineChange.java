package kaohe.ledger.task.query;

import kaohe.ledger.event.Define;

import java.time.Instant;

/** One change of one define: who, when, why, from what to what ({@code before} null when first set). */
public record DefineChange(Define define, long sequence, Instant occurredAt, String actorId, String actorName,
                           String actorDepartment, String reason, String type, Object before, Object after) {
}
