package kaohe.scoring.live;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes every context's topic — the scoring context's own too, so its supervision acts reach the projections
 * the same way as everyone else's events, and a rebuild replays one history.
 */
@Component
public class ScoringEventsListener {

    static final String CONSUMER = "scoring-projection";

    private final LiveScoring live;

    public ScoringEventsListener(LiveScoring live) {
        this.live = live;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, autoStartup = "${kaohe.scoring.consume:true}",
            topics = "#{'${kaohe.scoring.topics:kaohe.indicator,kaohe.ledger,kaohe.evidence,kaohe.scoring,kaohe.supervision}'.split(',')}")
    void on(ConsumerRecord<String, String> record) {
        live.accept(record.value());
    }
}
