package kaohe.platform.chain;

import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/** Extends the chain every {@code kaohe.chain.interval} with events at least {@code kaohe.chain.settle} old. */
public class EventChainer {

    private final EventChain chain;
    private final Duration settle;

    public EventChainer(EventChain chain, Duration settle) {
        this.chain = chain;
        this.settle = settle;
    }

    @Scheduled(fixedDelayString = "${kaohe.chain.interval}", initialDelayString = "${kaohe.chain.interval}")
    public void extend() {
        while (chain.extend(settle) > 0) {
            // a backlog is chained batch by batch
        }
    }
}
