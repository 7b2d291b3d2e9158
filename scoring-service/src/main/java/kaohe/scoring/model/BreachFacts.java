package kaohe.scoring.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A negative-list breach (负面清单) recorded by the office, with its appeal and revocation, if any. */
public final class BreachFacts {

    public enum State { RECORDED, APPEALED, APPEAL_REJECTED, REVOKED }

    final String breachId;
    final String department;
    final String indicatorId;
    final LocalDate occurredOn;
    final String description;
    final List<String> evidence;
    final String confirmedBy;
    State state = State.RECORDED;
    final List<EventRef> events = new ArrayList<>();

    BreachFacts(String breachId, String department, String indicatorId, LocalDate occurredOn, String description,
                List<String> evidence, String confirmedBy) {
        this.breachId = breachId;
        this.department = department;
        this.indicatorId = indicatorId;
        this.occurredOn = occurredOn;
        this.description = description;
        this.evidence = List.copyOf(evidence);
        this.confirmedBy = confirmedBy;
    }

    /** A copy to change in a what-if, this breach unchanged. */
    BreachFacts copy() {
        BreachFacts copy = new BreachFacts(breachId, department, indicatorId, occurredOn, description, evidence,
                confirmedBy);
        copy.state = state;
        copy.events.addAll(events);
        return copy;
    }

    public String breachId() {
        return breachId;
    }

    public String department() {
        return department;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String description() {
        return description;
    }

    public List<String> evidence() {
        return evidence;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public State state() {
        return state;
    }

    /** Counts against the department unless revoked; an appeal pending does not suspend it. */
    public boolean counts() {
        return state != State.REVOKED;
    }

    public List<EventRef> events() {
        return events;
    }
}
