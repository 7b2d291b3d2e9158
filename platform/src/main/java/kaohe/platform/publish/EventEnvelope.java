package kaohe.platform.publish;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/**
 * The one envelope in which every event crosses services on Kafka (DESIGN.md rule 3): plain JSON, keyed by
 * aggregate id on the producing context's topic.
 */
public record EventEnvelope(String eventId, String type, String aggregateType, String aggregateId, long sequence,
                            Instant occurredAt, Map<String, Object> metadata, JsonNode payload) {
}
