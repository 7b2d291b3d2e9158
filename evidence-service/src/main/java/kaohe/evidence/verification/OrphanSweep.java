package kaohe.evidence.verification;

import kaohe.evidence.evidence.query.EvidenceQueries;
import kaohe.evidence.storage.ObjectStore;
import kaohe.evidence.upload.EvidenceUploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Removes objects no event refers to: the bytes of an upload that failed or whose process died between storing
 * and recording. Only objects older than {@code orphanAfter} are touched, so an upload in flight is never hit.
 */
public class OrphanSweep {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweep.class);

    private final ObjectStore store;
    private final EvidenceQueries queries;
    private final Clock clock;
    private final Duration orphanAfter;

    public OrphanSweep(ObjectStore store, EvidenceQueries queries, Clock clock, Duration orphanAfter) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
        this.orphanAfter = orphanAfter;
    }

    @Scheduled(fixedDelayString = "${kaohe.s3.orphan-after}", initialDelayString = "${kaohe.s3.orphan-after}")
    public List<String> scheduled() {
        return run(orphanAfter);
    }

    /** The keys removed. */
    public List<String> run(Duration olderThan) {
        Instant before = clock.instant().minus(olderThan);
        List<String> orphans = store.keysOlderThan(EvidenceUploads.KEY_PREFIX, before).stream()
                .filter(key -> !queries.knowsObject(key)).toList();
        orphans.forEach(store::remove);
        if (!orphans.isEmpty()) {
            LOG.info("removed {} orphan object(s): {}", orphans.size(), orphans);
        }
        return orphans;
    }
}
