package kaohe.ledger.catalog;

import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceLinkedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Which evidence exists, whose, and whether withdrawn — from the evidence context's events, so a report refers
 * only to evidence its department uploaded and still stands by.
 */
@Component
public class EvidenceEventsListener {

    static final String CONSUMER = "ledger-evidence-catalog";

    private final IdempotentConsumer consumer;
    private final EventHandlers events;

    public EvidenceEventsListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {
        this.consumer = consumer;
        this.events = consumer.handlers(CONSUMER, "evidence")
                .on(EvidenceUploadedEvent.class, event -> jdbc.update("""
                        INSERT INTO catalog_evidence (evidence_id, plan_id, department) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""", event.evidenceId(), event.planId(), event.department()))
                .on(EvidenceWithdrawnEvent.class, event -> jdbc.update(
                        "UPDATE catalog_evidence SET withdrawn = TRUE WHERE evidence_id = ?", event.evidenceId()))
                // links and archiving are the evidence context's own business
                .ignoring(EvidenceLinkedEvent.class, EvidenceArchivedEvent.class);
    }

    @KafkaListener(id = CONSUMER, topics = "${kaohe.ledger.evidence-topic:kaohe.evidence}", groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(consumer.read(record.value()), events);
    }

    EventHandlers events() {
        return events;
    }
}
