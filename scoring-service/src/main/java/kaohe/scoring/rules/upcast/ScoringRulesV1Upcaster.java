package kaohe.scoring.rules.upcast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.scoring.event.ScoringRulesAdoptedEvent;
import kaohe.scoring.event.ScoringRulesAdoptedEventV2;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Reads a stored {@link ScoringRulesAdoptedEvent} (version 1, never edited: history stays as it was written) as a
 * {@link ScoringRulesAdoptedEventV2}, so the rulebook and the publisher only ever see version 2. The mapping is the
 * contract's own ({@link ScoringRulesAdoptedEventV2#of}), the one the projections apply to version 1 events they
 * consumed before.
 */
@Component
public class ScoringRulesV1Upcaster extends SingleEventUpcaster {

    private static final String V1 = ScoringRulesAdoptedEvent.class.getName();
    private static final SimpleSerializedType V2 = new SimpleSerializedType(ScoringRulesAdoptedEventV2.class.getName(),
            null);

    private final ObjectMapper json;

    public ScoringRulesV1Upcaster(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return V1.equals(event.getType().getName()) && event.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(V2, JsonNode.class, this::upcast);
    }

    JsonNode upcast(JsonNode v1) {
        try {
            var v2 = ScoringRulesAdoptedEventV2.of(json.treeToValue(v1, ScoringRulesAdoptedEvent.class));
            // written out and read back, not valueToTree: a tree of BigDecimals would strip 90 to 9E+1
            return json.readTree(json.writeValueAsBytes(v2));
        } catch (IOException unreadable) {
            throw new IllegalStateException("a stored ScoringRulesAdoptedEvent is unreadable", unreadable);
        }
    }
}
