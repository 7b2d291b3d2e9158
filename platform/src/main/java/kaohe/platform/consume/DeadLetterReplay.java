package kaohe.platform.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.GenericMessageListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An operator's second try: each unresolved letter, oldest first, runs again through the very listener method that
 * gave it up (its consumer's {@code @KafkaListener}, found by consumer group); one that succeeds is resolved. The
 * listeners are idempotent consumers, so a letter whose event was applied meanwhile changes nothing again.
 */
public class DeadLetterReplay {

    private final DeadLetterStore store;
    private final KafkaListenerEndpointRegistry listeners;

    public DeadLetterReplay(DeadLetterStore store, KafkaListenerEndpointRegistry listeners) {
        this.store = store;
        this.listeners = listeners;
    }

    public record Outcome(List<DeadLetter> replayed, List<DeadLetter> stillFailing) {
    }

    public synchronized Outcome replay() {
        var replayed = new ArrayList<DeadLetter>();
        var stillFailing = new ArrayList<DeadLetter>();
        for (DeadLetter letter : store.unresolved()) {
            var listener = listenerOf(letter.consumer());
            if (listener.isEmpty()) {
                stillFailing.add(failedAgain(letter, "no listener of consumer " + letter.consumer() + " here"));
                continue;
            }
            try {
                listener.get().onMessage(new ConsumerRecord<>(letter.topic(), letter.partition(), letter.offset(),
                        letter.key(), letter.record()), null, null);
                store.resolved(letter.id());
                replayed.add(letter);
            } catch (RuntimeException failure) {
                stillFailing.add(failedAgain(letter, DeadLetterRecoverer.describe(failure)));
            }
        }
        return new Outcome(replayed, stillFailing);
    }

    private DeadLetter failedAgain(DeadLetter letter, String failure) {
        store.failedAgain(letter.id(), failure);
        return new DeadLetter(letter.id(), letter.consumer(), letter.topic(), letter.partition(), letter.offset(),
                letter.key(), letter.eventId(), letter.type(), failure, letter.record(), letter.deadLetteredAt());
    }

    @SuppressWarnings("unchecked")
    private Optional<GenericMessageListener<ConsumerRecord<String, String>>> listenerOf(String consumer) {
        return listeners.getListenerContainers().stream()
                .filter(container -> consumer.equals(container.getGroupId()))
                .map(container -> container.getContainerProperties().getMessageListener())
                .filter(GenericMessageListener.class::isInstance)
                .map(listener -> (GenericMessageListener<ConsumerRecord<String, String>>) listener)
                .findFirst();
    }
}
