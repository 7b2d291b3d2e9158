package kaohe.evidence.catalog;

import kaohe.platform.consume.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the indicator and ledger contexts' events into the catalog, each event exactly once in effect. */
@Component
public class CatalogEventsListener {

    static final String INDICATOR_CONSUMER = "evidence-indicator-catalog";
    static final String LEDGER_CONSUMER = "evidence-ledger-catalog";

    private final IdempotentConsumer consumer;
    private final CatalogProjection projection;

    public CatalogEventsListener(IdempotentConsumer consumer, CatalogProjection projection) {
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
