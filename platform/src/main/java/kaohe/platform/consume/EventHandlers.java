package kaohe.platform.consume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type of the context it consumes, typed by the contract's records: a type
 * is handled ({@link #on}), deliberately ignored ({@link #ignoring}), or unknown — and an unknown one is reported
 * ({@link UnknownEventTypes}), never dropped without a word. Registered once, at start; then read-only.
 */
public final class EventHandlers {

    private final String consumer;
    private final String context;
    private final ObjectMapper json;
    private final UnknownEventTypes unknown;
    private final Map<String, Registered<?>> handlers = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();
    private final Set<Class<?>> known = new HashSet<>();

    EventHandlers(String consumer, String context, ObjectMapper json, UnknownEventTypes unknown) {
        this.consumer = consumer;
        this.context = context;
        this.json = json;
        this.unknown = unknown;
    }

    public <T> EventHandlers on(Class<T> type, Consumer<T> handler) {
        return onWithEnvelope(type, (event, envelope) -> handler.accept(event));
    }

    /** A handler that needs the envelope too: an event recorded without its day takes the envelope's business day. */
    public <T> EventHandlers onWithEnvelope(Class<T> type, BiConsumer<T, EventEnvelope> handler) {
        known.add(type);
        handlers.put(EventTypeNames.of(context, type), new Registered<>(type, handler));
        return this;
    }

    /** Types this consumer knows and does not need; applying one of them does nothing. */
    public EventHandlers ignoring(Class<?>... types) {
        for (Class<?> type : types) {
            known.add(type);
            ignored.add(EventTypeNames.of(context, type));
        }
        return this;
    }

    public void apply(EventEnvelope envelope) {
        var registered = handlers.get(envelope.type());
        if (registered != null) {
            registered.handle(read(envelope, registered.type()), envelope);
        } else if (!ignored.contains(envelope.type())) {
            unknown.met(consumer, envelope.type());
        }
    }

    /** Whether an event of this type name has a handler here (and is not ignored or unknown). */
    public boolean handles(String type) {
        return handlers.containsKey(type);
    }

    public String consumer() {
        return consumer;
    }

    /** Whether this consumer decided about {@code type}, handling or ignoring it. */
    public boolean knows(Class<?> type) {
        return known.contains(type);
    }

    private Object read(EventEnvelope envelope, Class<?> type) {
        try {
            return json.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("payload of " + envelope.type() + " is not a " + type, malformed);
        }
    }

    private record Registered<T>(Class<T> type, BiConsumer<T, EventEnvelope> handler) {
        void handle(Object payload, EventEnvelope envelope) {
            handler.accept(type.cast(payload), envelope);
        }
    }
}
