package kaohe.evidence.leader;

import kaohe.platform.consume.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the indicator and ledger contexts' events into what leaders may read. Its own consumer groups, apart from
 * the catalog's: the catalog's groups have long since passed the events that name leaders and tasks' indicators,
 * a new group starts at the beginning of each topic (auto-offset-reset earliest) and so fills a running system.
 */
@Component
public class LeaderReachListener {

    static final String INDICATOR_CONSUMER = "evidence-indicator-leaders";
    static final String LEDGER_CONSUMER = "evidence-ledger-leaders";

    private final IdempotentConsumer consumer;
    private final LeaderReachProjection projection;

    public LeaderReachListener(IdempotentConsumer consumer, LeaderReachProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = INDICATOR_CONSUMER, groupId = INDICATOR_CONSUMER,
            topics = "${kaohe.evidence.indicator-topic:kaohe.indicator}")
    void onIndicator(String json) {
        consumer.consume(consumer.read(json), projection.indicatorEvents());
    }

    @KafkaListener(id = LEDGER_CONSUMER, groupId = LEDGER_CONSUMER,
            topics = "${kaohe.evidence.ledger-topic:kaohe.ledger}")
    void onLedger(String json) {
        consumer.consume(consumer.read(json), projection.ledgerEvents());
    }
}
