package kaohe.platform.publish;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/**
 * The one envelope in which every event crosses services on Kafka (DESIGN.md rule 3): plain JSON, keyed by
 * aggregate id on the producing context's topic; {@code occurredAt} is always ISO-8601 UTC, whatever the mapper.
 */
public record EventEnvelope(String eventId, String type, String aggregateType, String aggregateId, long sequence,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) Instant occurredAt,
                            Map<String, Object> metadata, JsonNode payload) {
}
