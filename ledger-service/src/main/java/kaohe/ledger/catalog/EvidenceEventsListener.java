package kaohe.ledger.catalog;

import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.publish.EventEnvelope;
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
    private final JdbcTemplate jdbc;

    public EvidenceEventsListener(IdempotentConsumer consumer, JdbcTemplate jdbc) {
        this.consumer = consumer;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = CONSUMER, topics = "${kaohe.ledger.evidence-topic:kaohe.evidence}", groupId = CONSUMER)
    void on(String json) {
        consumer.consume(CONSUMER, consumer.read(json), this::apply);
    }

    void apply(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "evidence.EvidenceUploaded.v1" -> {
                var event = consumer.payload(envelope, EvidenceUploadedEvent.class);
                jdbc.update("""
                        INSERT INTO catalog_evidence (evidence_id, plan_id, department) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""", event.evidenceId(), event.planId(), event.department());
            }
            case "evidence.EvidenceWithdrawn.v1" -> {
                var event = consumer.payload(envelope, EvidenceWithdrawnEvent.class);
                jdbc.update("UPDATE catalog_evidence SET withdrawn = TRUE WHERE evidence_id = ?",
                        event.evidenceId());
            }
            default -> {
                // links and archiving are the evidence context's own business
            }
        }
    }
}
