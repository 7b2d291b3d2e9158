package kaohe.scoring.model;

import java.time.Instant;

/** One event a score was computed from: what a drill-down (得分反查) leads to. */
public record EventRef(String eventId, String type, Instant occurredAt) {
}
