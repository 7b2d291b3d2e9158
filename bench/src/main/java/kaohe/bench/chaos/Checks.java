package kaohe.bench.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What is checked after each fault and at the end: Kafka and every projection caught up with what was
 * acknowledged before the recovery; then, with the load paused, scoring's rebuild against its live projections;
 * every acknowledged command stored once; every acknowledged upload's bytes intact; every chain intact.
 */
final class Checks {

    /** One round's findings; {@code problems} empty when everything held; {@code took}: each check's seconds. */
    record Round(Duration catchUp, Tally tally, List<String> uploadsMissing, ScoringRebuild.Verdict rebuild,
                 List<String> problems, String took) {
    }

    static final Duration CATCH_UP_WITHIN = Duration.ofSeconds(120);
    private static final Duration REBUILD_WITHIN = Duration.ofMinutes(5);

    private final Acknowledgements acks;
    private final SteadyLoad load;
    private final KafkaCatchUp kafka;
    private final EventStoreAudit stores;
    private final UploadAudit uploads;
    private final ScoringRebuild rebuild;
    private final ChainVerification chains;

    Checks(Acknowledgements acks, SteadyLoad load, KafkaCatchUp kafka, EventStoreAudit stores, UploadAudit uploads,
           ScoringRebuild rebuild, ChainVerification chains) {
        this.acks = acks;
        this.load = load;
        this.kafka = kafka;
        this.stores = stores;
        this.uploads = uploads;
        this.rebuild = rebuild;
        this.chains = chains;
    }

    /** {@code recoveredAt}: nanoTime the process was back; {@code end}: the load has stopped, read every upload. */
    Round after(long recoveredAt, boolean end) throws Exception {
        List<String> problems = new ArrayList<>();
        var took = new Stopwatch();
        Duration catchUp = kafka.await(acks.until(recoveredAt), CATCH_UP_WITHIN);
        took.lap("catch-up");
        if (catchUp == null) {
            problems.add("not caught up within " + CATCH_UP_WITHIN.toSeconds() + " s: " + kafka.behind());
        }
        ScoringRebuild.Verdict verdict = rebuildQuiet(problems);
        took.lap("paused+rebuild");

        List<Acked> acknowledged = acks.all();   // before reading the stores: each of these is committed there
        Tally tally = Tally.of(acknowledged, stores.stored());
        took.lap("stores");
        if (!tally.lost().isEmpty()) {
            problems.add(tally.lost().size() + " acknowledged commands not stored, e.g. "
                    + tally.lost().stream().limit(5).toList());
        }
        if (tally.duplicates() > 0) {
            problems.add(tally.duplicates() + " events stored twice for one command (marker: aggregates) "
                    + tally.duplicated());
        }
        List<Acked> uploaded = acknowledged.stream().filter(a -> a.kind() == Acked.Kind.EVIDENCE_UPLOAD).toList();
        List<String> missing = end ? uploads.all(uploaded) : uploads.unchecked(uploaded);
        missing.stream().limit(5).forEach(problems::add);
        took.lap("uploads");
        chains.breaks().forEach(problems::add);
        took.lap("chains");
        return new Round(catchUp, tally, missing, verdict, problems, took.toString());
    }

    /**
     * Scoring's rebuild with the load paused and every projection caught up first, so the live projections it is
     * compared with stand still; the load resumes whatever the verdict.
     */
    private ScoringRebuild.Verdict rebuildQuiet(List<String> problems) throws Exception {
        if (!load.pause(Duration.ofSeconds(90))) {
            problems.add("the load did not pause within 90 s (a command still retrying): no rebuild");
            return new ScoringRebuild.Verdict("NOT_RUN", 0, "load did not pause");
        }
        try {
            if (kafka.await(acks.all(), CATCH_UP_WITHIN) == null) {
                problems.add("not caught up with the load paused: " + kafka.behind());
            }
            var verdict = rebuild.run(REBUILD_WITHIN);
            if (!verdict.verified()) {
                problems.add("rebuild " + verdict.state() + ", " + verdict.differences() + " differences "
                        + verdict.detail());
            }
            return verdict;
        } finally {
            load.resume();
        }
    }

    /** Seconds per step, for the report: where a slow round spent its time. */
    private static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long since = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            laps.append(laps.isEmpty() ? "" : ", ").append(step).append(' ')
                    .append(Math.round((now - since) / 1e9)).append(" s");
            since = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }
}
