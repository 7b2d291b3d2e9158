package kaohe.ledger.catalog;

import kaohe.platform.consume.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the indicator context's events into the catalog, each event exactly once in effect. */
@Component
public class IndicatorEventsListener {

    static final String CONSUMER = "ledger-indicator-catalog";

    private final IdempotentConsumer consumer;
    private final IndicatorCatalogProjection projection;

    public IndicatorEventsListener(IdempotentConsumer consumer, IndicatorCatalogProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = CONSUMER, topics = "${kaohe.ledger.indicator-topic:kaohe.indicator}", groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(consumer.read(record.value()), projection.events());
    }
}
