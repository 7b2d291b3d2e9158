package kaohe.supervision.event;

import java.util.List;

/** {@code daysAfter} days past a due date with the obligation still open, remind {@code audiences}. */
public record EscalationStep(int daysAfter, List<Audience> audiences) {

    public EscalationStep {
        audiences = List.copyOf(audiences);
    }
}
