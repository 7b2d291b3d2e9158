package kaohe.platform.publish;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.EventMetadata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The one envelope in which every event crosses services on Kafka (DESIGN.md rule 3): plain JSON, keyed by
 * aggregate id on the producing context's topic; {@code occurredAt} is always ISO-8601 UTC, whatever the mapper.
 */
public record EventEnvelope(String eventId, String type, String aggregateType, String aggregateId, long sequence,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) Instant occurredAt,
                            Map<String, Object> metadata, JsonNode payload) {

    /**
     * The business day the act happened on: the one recorded under a set business date, otherwise (the real
     * calendar, and every event recorded before the setting existed) the date of {@code occurredAt} in Shanghai.
     */
    @JsonIgnore
    public LocalDate businessDay() {
        Object recorded = metadata == null ? null : metadata.get(EventMetadata.BUSINESS_DATE);
        return recorded != null ? LocalDate.parse(recorded.toString()) : BusinessDay.dayOf(occurredAt);
    }
}
