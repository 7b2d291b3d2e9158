package kaohe.supervision.reminder;

import kaohe.platform.consume.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds this context's own 督办单 events to their immediate notices, each event exactly once in effect. */
@Component
public class ChaseNoticesListener {

    static final String CONSUMER = "supervision-chase-notices";

    private final IdempotentConsumer consumer;
    private final ChaseNotices notices;

    public ChaseNoticesListener(IdempotentConsumer consumer, ChaseNotices notices) {
        this.consumer = consumer;
        this.notices = notices;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER,
            topics = "${kaohe.supervision.supervision-topic:kaohe.supervision}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onSupervision(String json) {
        consumer.consume(consumer.read(json), notices.events());
    }
}
