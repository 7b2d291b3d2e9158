package kaohe.evidence.feed;

import kaohe.evidence.catalog.CatalogProjection;
import kaohe.evidence.leader.LeaderReachProjection;
import kaohe.platform.consume.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The indicator and ledger contexts' events, each topic read by one consumer group and applied to every projection
 * fed from it (the catalog, then what leaders may read), each exactly once in effect under its own mark.
 * <p>
 * A group per projection fetched and parsed every record once per projection. These groups replaced four such
 * (evidence-indicator-catalog …): a new group starts at the beginning of its topic (auto-offset-reset earliest) and
 * the marks skip what each projection had applied. A projection added later needs the same: a new group name here,
 * or the group's offsets reset, so that it sees the topic from its first event.
 */
@Component
public class UpstreamEventsListener {

    static final String INDICATOR_GROUP = "evidence-indicator";
    static final String LEDGER_GROUP = "evidence-ledger";

    private final IdempotentConsumer consumer;
    private final CatalogProjection catalog;
    private final LeaderReachProjection leaders;

    public UpstreamEventsListener(IdempotentConsumer consumer, CatalogProjection catalog,
                                  LeaderReachProjection leaders) {
        this.consumer = consumer;
        this.catalog = catalog;
        this.leaders = leaders;
    }

    @KafkaListener(id = INDICATOR_GROUP, groupId = INDICATOR_GROUP,
            topics = "${kaohe.evidence.indicator-topic:kaohe.indicator}")
    void onIndicator(ConsumerRecord<String, String> record) {
        consumer.consumeEach(consumer.read(record.value()), catalog.indicatorEvents(), leaders.indicatorEvents());
    }

    @KafkaListener(id = LEDGER_GROUP, groupId = LEDGER_GROUP, topics = "${kaohe.evidence.ledger-topic:kaohe.ledger}")
    void onLedger(ConsumerRecord<String, String> record) {
        consumer.consumeEach(consumer.read(record.value()), catalog.ledgerEvents(), leaders.ledgerEvents());
    }
}
