package kaohe.platform.chain;

import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Extends the chain every {@code kaohe.chain.interval} with events at least {@code kaohe.chain.settle} old. A
 * backlog (a store chained for the first time) is worked off a few batches per interval, so catching up never
 * takes the cores the service needs (catching up 60k events after a cold start coincided with a bench that
 * measured half the usual commands a second). Then the newest checkpoint is published when one is due.
 */
public class EventChainer {

    private static final int BATCHES_PER_RUN = 5;

    private final EventChain chain;
    private final Duration settle;
    private final CheckpointLog published;

    public EventChainer(EventChain chain, Duration settle, CheckpointLog published) {
        this.chain = chain;
        this.settle = settle;
        this.published = published;
    }

    @Scheduled(fixedDelayString = "${kaohe.chain.interval}", initialDelayString = "${kaohe.chain.interval}")
    public void extend() {
        for (int batch = 0; batch < BATCHES_PER_RUN && chain.extend(settle) > 0; batch++) {
            // the rest of a backlog waits for the next run
        }
        published.publishNewest();
    }
}
