package kaohe.supervision.event;

import java.time.LocalDate;
import java.util.List;

/**
 * Round {@code round} of the department's answer (反馈): its progress and the evidence it points to, given on
 * {@code repliedOn}, {@code daysLate} after {@code replyBy} (0 when on time).
 */
public record ChaseRepliedEvent(String chaseId, String planId, String department, int round, String progress,
                                List<String> evidence, LocalDate repliedOn, LocalDate replyBy, int daysLate) {

    public ChaseRepliedEvent {
        evidence = List.copyOf(evidence);
    }
}
