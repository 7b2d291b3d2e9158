package kaohe.supervision.feed;

import kaohe.platform.consume.IdempotentConsumer;
import kaohe.supervision.directory.DirectoryProjection;
import kaohe.supervision.obligation.ChaseObligations;
import kaohe.supervision.obligation.LedgerObligations;
import kaohe.supervision.obligation.PlanObligations;
import kaohe.supervision.reminder.ChaseNotices;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The identity, indicator and ledger contexts' events and this context's own (the 督办单), each topic read by one
 * consumer group and applied to every projection fed from it, in order, each exactly once in effect under its own
 * mark: the same consumer mechanics for all, so a redelivery, a replay or a rebuild works alike.
 * <p>
 * A group per projection fetched and parsed every record once per projection. These groups replaced six such
 * (supervision-directory-indicator …): a new group starts at the beginning of its topic (auto-offset-reset
 * earliest) and the marks skip what each projection had applied. A projection added later needs the same: a new
 * group name here, or the group's offsets reset, so that it sees the topic from its first event.
 */
@Component
public class ContextEventsListener {

    static final String IDENTITY_GROUP = "supervision-identity";
    static final String INDICATOR_GROUP = "supervision-indicator";
    static final String LEDGER_GROUP = "supervision-ledger";
    static final String SUPERVISION_GROUP = "supervision-supervision";

    private final IdempotentConsumer consumer;
    private final DirectoryProjection directory;
    private final PlanObligations plans;
    private final LedgerObligations ledger;
    private final ChaseObligations chases;
    private final ChaseNotices notices;

    public ContextEventsListener(IdempotentConsumer consumer, DirectoryProjection directory, PlanObligations plans,
                                 LedgerObligations ledger, ChaseObligations chases, ChaseNotices notices) {
        this.consumer = consumer;
        this.directory = directory;
        this.plans = plans;
        this.ledger = ledger;
        this.chases = chases;
        this.notices = notices;
    }

    @KafkaListener(id = IDENTITY_GROUP, groupId = IDENTITY_GROUP,
            topics = "${kaohe.supervision.identity-topic:kaohe.identity}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onIdentity(ConsumerRecord<String, String> record) {
        consumer.consumeEach(consumer.read(record.value()), directory.identityEvents());
    }

    /** The directory first: who the departments and leaders are, before the calendar owed by them. */
    @KafkaListener(id = INDICATOR_GROUP, groupId = INDICATOR_GROUP,
            topics = "${kaohe.supervision.indicator-topic:kaohe.indicator}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onIndicator(ConsumerRecord<String, String> record) {
        consumer.consumeEach(consumer.read(record.value()), directory.indicatorEvents(), plans.events());
    }

    @KafkaListener(id = LEDGER_GROUP, groupId = LEDGER_GROUP,
            topics = "${kaohe.supervision.ledger-topic:kaohe.ledger}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onLedger(ConsumerRecord<String, String> record) {
        consumer.consumeEach(consumer.read(record.value()), ledger.events());
    }

    /** The calendar first, then the immediate notices of a 督办单. */
    @KafkaListener(id = SUPERVISION_GROUP, groupId = SUPERVISION_GROUP,
            topics = "${kaohe.supervision.supervision-topic:kaohe.supervision}",
            autoStartup = "${kaohe.supervision.consume:true}")
    void onSupervision(ConsumerRecord<String, String> record) {
        consumer.consumeEach(consumer.read(record.value()), chases.events(), notices.events());
    }
}
