package kaohe.supervision.obligation;

import kaohe.platform.consume.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the calendar from the indicator and ledger contexts' topics, and from this context's own (the 督办单): the
 * same consumer mechanics for all three, so a redelivery, a replay or a rebuild of the calendar works alike.
 */
@Component
public class ObligationEventsListener {

    static final String INDICATOR_CONSUMER = "supervision-obligations-indicator";
    static final String LEDGER_CONSUMER = "supervision-obligations-ledger";
    static final String CHASE_CONSUMER = "supervision-obligations-chase";

    private final IdempotentConsumer consumer;
    private final PlanObligations plans;
    private final LedgerObligations ledger;
    private final ChaseObligations chases;

    public ObligationEventsListener(IdempotentConsumer consumer, PlanObligations plans, LedgerObligations ledger,
                                    ChaseObligations chases) {
        this.consumer = consumer;
        this.plans = plans;
        this.ledger = ledger;
        this.chases = chases;
    }

    @KafkaListener(id = INDICATOR_CONSUMER, groupId = INDICATOR_CONSUMER,
            topics = "${kaohe.supervision.indicator-topic:kaohe.indicator}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onIndicator(String json) {
        consumer.consume(consumer.read(json), plans.events());
    }

    @KafkaListener(id = LEDGER_CONSUMER, groupId = LEDGER_CONSUMER,
            topics = "${kaohe.supervision.ledger-topic:kaohe.ledger}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onLedger(String json) {
        consumer.consume(consumer.read(json), ledger.events());
    }

    @KafkaListener(id = CHASE_CONSUMER, groupId = CHASE_CONSUMER,
            topics = "${kaohe.supervision.supervision-topic:kaohe.supervision}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onSupervision(String json) {
        consumer.consume(consumer.read(json), chases.events());
    }
}
