package kaohe.platform.history;

import kaohe.platform.command.EventMetadata;
import kaohe.platform.publish.EventTypeNames;
import kaohe.platform.command.Refusal;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.util.List;

/** The ordered events of one aggregate, read from the event store itself (never from a projection). */
public class AggregateHistory {

    private final EventStore eventStore;
    private final String context;

    public AggregateHistory(EventStore eventStore, String context) {
        this.eventStore = eventStore;
        this.context = context;
    }

    public List<HistoryEntry> of(String aggregateId) {
        List<HistoryEntry> entries = eventStore.readEvents(aggregateId).asStream().map(this::entry).toList();
        if (entries.isEmpty()) {
            throw Refusal.notFound("not-found", aggregateId);
        }
        return entries;
    }

    private HistoryEntry entry(DomainEventMessage<?> event) {
        MetaData metaData = event.getMetaData();
        return new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(),
                EventTypeNames.of(context, event.getPayloadType()), event.getTimestamp(),
                text(metaData, EventMetadata.ACTOR_ID), text(metaData, EventMetadata.ACTOR_NAME),
                text(metaData, EventMetadata.ACTOR_DEPARTMENT), text(metaData, EventMetadata.ACTOR_ROLES),
                text(metaData, EventMetadata.REASON), text(metaData, EventMetadata.CORRELATION_ID),
                text(metaData, EventMetadata.CAUSATION_ID), event.getPayload());
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
