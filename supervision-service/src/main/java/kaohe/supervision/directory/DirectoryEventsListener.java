package kaohe.supervision.directory;

import kaohe.platform.consume.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the identity and indicator contexts' events into the directory, each event exactly once in effect. */
@Component
public class DirectoryEventsListener {

    static final String IDENTITY_CONSUMER = "supervision-directory-identity";
    static final String INDICATOR_CONSUMER = "supervision-directory-indicator";

    private final IdempotentConsumer consumer;
    private final DirectoryProjection projection;

    public DirectoryEventsListener(IdempotentConsumer consumer, DirectoryProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(id = IDENTITY_CONSUMER, groupId = IDENTITY_CONSUMER,
            topics = "${kaohe.supervision.identity-topic:kaohe.identity}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onIdentity(String json) {
        consumer.consume(consumer.read(json), projection.identityEvents());
    }

    @KafkaListener(id = INDICATOR_CONSUMER, groupId = INDICATOR_CONSUMER,
            topics = "${kaohe.supervision.indicator-topic:kaohe.indicator}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onIndicator(String json) {
        consumer.consume(consumer.read(json), projection.indicatorEvents());
    }
}
