package kaohe.supervision.obligation;

import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.supervision.event.Audience;
import kaohe.supervision.event.ChaseAcceptedEvent;
import kaohe.supervision.event.ChaseClosedEvent;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSignedEvent;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import kaohe.supervision.event.ContactPreferencesSetEvent;
import kaohe.supervision.event.ReminderPolicyAdoptedEvent;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What a 督办单 makes owed: the department's reply by its reply-by date (done when it replies, owed again by the
 * new date when the office sends it back), and the office's review of each reply (done when accepted or sent
 * back). A withdrawn 督办单 was opened in error: it owes nothing, and its obligations are gone.
 */
@Component
public class ChaseObligations {

    /** Whose marks (processed_event) this projection's applied events carry; fixed once events were applied. */
    private static final String MARKS = "supervision-obligations-chase";

    private static final List<ObligationKind> CHASE_KINDS = List.of(ObligationKind.CHASE_REPLY,
            ObligationKind.CHASE_REVIEW);

    private final ObligationStore store;
    private final ObligationDeadlines deadlines;
    private final EventHandlers events;

    public ChaseObligations(ObligationStore store, ObligationDeadlines deadlines, IdempotentConsumer consumer) {
        this.store = store;
        this.deadlines = deadlines;
        this.events = consumer.handlers(MARKS, "supervision")
                .on(ChaseOpenedEvent.class, event -> store.schedule(Obligation.open(
                        ObligationKeys.chase(event.chaseId()), ObligationKind.CHASE_REPLY, event.planId(),
                        event.department(), event.chaseId(), event.chaseId(), "督办单「" + event.title() + "」",
                        event.replyBy(), Audience.LIAISON)))
                .on(ChaseRepliedEvent.class, this::replied)
                .onWithEnvelope(ChaseSentBackEvent.class, (event, envelope) -> {
                    store.done(ObligationKeys.chaseReview(event.chaseId(), event.round()), envelope.businessDay());
                    store.reopen(ObligationKeys.chase(event.chaseId()), event.replyBy());
                })
                .on(ChaseAcceptedEvent.class, event -> store.done(
                        ObligationKeys.chaseReview(event.chaseId(), event.round()), event.acceptedOn()))
                .on(ChaseClosedEvent.class, event -> store.doneAll(CHASE_KINDS, event.chaseId(), event.closedOn()))
                .on(ChaseWithdrawnEvent.class, event -> store.remove(CHASE_KINDS, event.chaseId()))
                // signing owes nothing new (the reply stays owed); the policy is the policy's own projection
                .ignoring(ChaseSignedEvent.class, ReminderPolicyAdoptedEvent.class, ContactPreferencesSetEvent.class);
    }

    public EventHandlers events() {
        return events;
    }

    private void replied(ChaseRepliedEvent event) {
        String key = ObligationKeys.chase(event.chaseId());
        store.done(key, event.repliedOn());
        String title = store.find(key).map(Obligation::label).orElse("督办单");
        store.schedule(Obligation.open(ObligationKeys.chaseReview(event.chaseId(), event.round()),
                ObligationKind.CHASE_REVIEW, event.planId(), event.department(), event.chaseId(), event.chaseId(),
                "复核 " + title + " 第" + event.round() + "轮反馈", deadlines.officeDecisionDue(event.repliedOn()),
                Audience.OFFICE));
    }
}
