package kaohe.scoring.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.publish.EventEnvelope;
import kaohe.scoring.model.ScoringState;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/** Folds stored events into a fresh {@link ScoringState}: all of them, or one plan's up to a past instant. */
@Component
public class EventFold {

    static final int PAGE = 10_000;

    private final ConsumedEvents events;
    private final ObjectMapper json;

    public EventFold(ConsumedEvents events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    public ScoringState empty() {
        return new ScoringState(json);
    }

    /** Applies every event after {@code after} up to {@code upTo}; reports progress after each page. */
    public long foldRange(ScoringState state, long after, long upTo, LongConsumer progress) {
        long position = after;
        long done = 0;
        while (true) {
            List<ConsumedEvents.Stored> page = events.page(position, upTo, PAGE);
            if (page.isEmpty()) {
                return position;
            }
            // reading JSON is most of a fold's work and needs no state: both cores read, one applies in order
            page.parallelStream().map(stored -> state.prepare(read(stored.json()))).toList()
                    .forEach(state::apply);
            position = page.get(page.size() - 1).position();
            done += page.size();
            progress.accept(done);
        }
    }

    /** What was known of one plan at the end of business day {@code day}. */
    public ScoringState foldPlanThrough(String planId, LocalDate day) {
        ScoringState state = empty();
        long position = 0;
        while (true) {
            var page = events.pageOfPlan(planId, day, position, PAGE);
            if (page.isEmpty()) {
                return state;
            }
            page.forEach(stored -> state.apply(read(stored.json())));
            position = page.get(page.size() - 1).position();
        }
    }

    public EventEnvelope read(String envelope) {
        try {
            return json.readValue(envelope, EventEnvelope.class);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("not an event envelope", malformed);
        }
    }
}
