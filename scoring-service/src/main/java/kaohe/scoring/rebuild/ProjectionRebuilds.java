package kaohe.scoring.rebuild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.command.Refusal;
import kaohe.scoring.live.ConsumedEvents;
import kaohe.scoring.live.EventFold;
import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.live.ScorecardStore;
import kaohe.scoring.model.ScoringState;
import kaohe.scoring.score.PlanScoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds every projection from the stored events: folds them afresh (consumption goes on meanwhile), then —
 * with consumption paused — folds what arrived since, computes every scorecard and indicator row into shadow
 * tables, compares them with the live ones, and replaces the live ones in one transaction, so a reader sees the
 * old projection or the new one, never a half-built one. One rebuild at a time (a unique index says so across
 * instances).
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final int REPORTED_DIFFERENCES = 100;
    /** A rebuild beats every page (10,000 events, well under a second): silence this long means it died. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final JdbcTemplate jdbc;
    private final ConsumedEvents events;
    private final EventFold fold;
    private final LiveScoring live;
    private final ScorecardStore store;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    public ProjectionRebuilds(JdbcTemplate jdbc, ConsumedEvents events, EventFold fold, LiveScoring live,
                              ScorecardStore store, TransactionTemplate transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.events = events;
        this.fold = fold;
        this.live = live;
        this.store = store;
        this.transactions = transactions;
        this.json = json;
    }

    /** Starts a rebuild; refused (409) while another runs. */
    public RebuildRun start() {
        String id = UUID.randomUUID().toString();
        long upTo = events.lastPosition();
        long total = events.countUpTo(upTo);
        failAbandoned();
        try {
            jdbc.update("""
                    INSERT INTO rebuild_run (id, started_by, started_at, heartbeat_at, state, events_total, events_done)
                    VALUES (?, ?, ?, now(), 'RUNNING', ?, 0)""", id, CurrentActor.get().id(),
                    Timestamp.from(Instant.now()), total);
        } catch (DuplicateKeyException running) {
            throw Refusal.conflict("rebuild-running");
        }
        worker.submit(() -> run(id, upTo));
        return find(id);
    }

    /**
     * A run is kept in the database, not in the instance that runs it: any instance answers for it, and a run whose
     * instance died (no heartbeat for {@link #ABANDONED_AFTER}) is shown, and counted, as failed.
     */
    private void failAbandoned() {
        jdbc.update("""
                UPDATE rebuild_run SET state = 'FAILED', finished_at = now(), failure = ?
                WHERE state = 'RUNNING' AND coalesce(heartbeat_at, started_at) < now() - ?::interval""",
                "interrupted: no heartbeat since " + ABANDONED_AFTER, ABANDONED_AFTER.toSeconds() + " seconds");
    }

    public RebuildRun find(String id) {
        failAbandoned();
        return jdbc.query("SELECT * FROM rebuild_run WHERE id = ?", (row, n) -> run(row), id).stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("unknown-rebuild", id));
    }

    public List<RebuildRun> recent() {
        failAbandoned();
        return jdbc.query("SELECT * FROM rebuild_run ORDER BY started_at DESC LIMIT 20", (row, n) -> run(row));
    }

    private void run(String id, long upTo) {
        long started = System.nanoTime();
        try {
            ScoringState state = fold.empty();
            long folded = fold.foldRange(state, 0, upTo,
                    done -> jdbc.update("UPDATE rebuild_run SET events_done = ?, heartbeat_at = now() WHERE id = ?",
                            done, id));
            long foldNanos = System.nanoTime() - started;
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("foldMillis", foldNanos / 1_000_000);
            report.put("eventsPerSecond", state.applied() * 1e9 / Math.max(1, foldNanos));
            List<String> differences = live.exclusively(() -> swap(state, folded, report));
            transactions.executeWithoutResult(status -> jdbc.update("""
                    UPDATE rebuild_run SET state = ?, finished_at = ?, events_done = ?, scorecards = ?,
                        differences = ?, report = ?::jsonb WHERE id = ?""",
                    differences.isEmpty() ? "VERIFIED" : "DIFFERED", Timestamp.from(Instant.now()), state.applied(),
                    store.count(ScorecardStore.LIVE), differences.size(), write(report), id));
            log.info("scoring rebuild {}: {} events, {} differences, {}", id, state.applied(), differences.size(),
                    report);
        } catch (RuntimeException | Error failed) {
            // an Error too (OutOfMemoryError while folding): uncaught, the executor's future swallows it and the run
            // stays RUNNING for ever, refusing every later rebuild; the fold it held is garbage once we are here
            log.error("scoring rebuild {} failed", id, failed);
            jdbc.update("UPDATE rebuild_run SET state = 'FAILED', finished_at = ?, failure = ? WHERE id = ?",
                    Timestamp.from(Instant.now()), failed instanceof Error ? failed.toString()
                            : String.valueOf(failed.getMessage()), id);
        } finally {
            store.dropShadow();
        }
    }

    /**
     * With consumption paused — this instance's by the caller, every other instance's by holding the lock they
     * record events under until the live projections are replaced: catch up, compute into the shadow tables,
     * compare, replace. Otherwise an event another instance applied meanwhile would be in the live projections
     * compared (a false difference) and missing from the rebuilt ones that replace them.
     */
    private List<String> swap(ScoringState state, long folded, Map<String, Object> report) {
        long started = System.nanoTime();
        long[] position = new long[1];
        List<String> differences = transactions.execute(status -> {
            events.lockForAppend();
            position[0] = fold.foldRange(state, folded, Long.MAX_VALUE, done -> { });
            LocalDate day = live.today();
            store.createShadow();
            state.plans().stream().filter(PlanScoring::scorable).forEach(plan -> {
                store.writeScorecards(ScorecardStore.REBUILD, PlanScoring.scorecards(plan,
                        plan.scoredDepartments(), day), day);
                store.writeProgress(ScorecardStore.REBUILD, PlanScoring.progress(plan, plan.indicators().stream()
                        .map(indicator -> indicator.indicatorId()).toList(), day), day);
            });
            List<String> found = store.differences();
            store.replaceLiveByShadow();
            return found;
        });
        live.adopt(state, position[0]);
        report.put("pausedMillis", (System.nanoTime() - started) / 1_000_000);
        report.put("differencesShown", differences.stream().limit(REPORTED_DIFFERENCES).toList());
        return differences;
    }

    private RebuildRun run(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        String report = row.getString("report");
        var reportNode = report == null ? null : read(report);
        return new RebuildRun(row.getString("id"), row.getString("started_by"),
                row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                row.getString("state"), row.getLong("events_total"), row.getLong("events_done"),
                (Integer) row.getObject("scorecards"), (Integer) row.getObject("differences"),
                reportNode == null ? null : reportNode.path("eventsPerSecond").asDouble(), reportNode,
                row.getString("failure"));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
