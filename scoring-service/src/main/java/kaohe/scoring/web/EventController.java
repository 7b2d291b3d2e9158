package kaohe.scoring.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.command.Refusal;
import kaohe.scoring.access.ScoringAccess;
import kaohe.scoring.live.ConsumedEvents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static kaohe.scoring.access.ScoringAccess.READ;

/**
 * The end of a drill-down (得分反查): an event a score was computed from, exactly as consumed — who did it, when,
 * why (metadata) and what (payload). A department's liaison may open its own department's events.
 */
@RestController
@RequestMapping("/api/scoring/events")
public class EventController {

    private final ConsumedEvents events;
    private final ScoringAccess access;
    private final ObjectMapper json;

    public EventController(ConsumedEvents events, ScoringAccess access, ObjectMapper json) {
        this.events = events;
        this.access = access;
        this.json = json;
    }

    @GetMapping("/{eventId}")
    @PreAuthorize(READ)
    public JsonNode event(@PathVariable String eventId) throws JsonProcessingException {
        String stored = events.find(eventId).orElseThrow(() -> Refusal.notFound("unknown-event", eventId));
        JsonNode envelope = json.readTree(stored);
        if (!access.readsEverything()) {
            JsonNode department = envelope.path("payload").path("department");
            access.requireActFor(department.isTextual() ? department.asText() : null);
        }
        return envelope;
    }
}
