package kaohe.scoring.rebuild;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One rebuild of every projection: RUNNING with its progress, then VERIFIED (the rebuilt projections equal the
 * live ones), DIFFERED (they did not; the rebuilt ones replaced them and {@code report} lists where), or FAILED.
 */
public record RebuildRun(String id, String startedBy, Instant startedAt, Instant finishedAt, String state,
                         long eventsTotal, long eventsDone, Integer scorecards, Integer differences,
                         Double eventsPerSecond, JsonNode report, String failure) {
}
