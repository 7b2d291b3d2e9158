package kaohe.supervision.preference.command;

import kaohe.platform.command.Refusal;
import kaohe.supervision.event.ContactPreferencesSetEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's contact preferences, keyed by their user id: every change is an event; setting what is already set
 * records nothing (a repeated PUT is no change).
 */
@Aggregate(cache = "aggregateCache")
public class ContactPreferences {

    @AggregateIdentifier
    private String userId;
    private ContactPreferencesSetEvent current;

    protected ContactPreferences() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetContactPreferencesCommand command) {
        if (command.email() == null || command.email().isBlank()) {
            throw Refusal.invalidField("email", "email-required");
        }
        String email = command.email().strip();
        if (email.length() > EmailAddress.MAX_LENGTH) {
            throw Refusal.invalidField("email", "email-too-long", EmailAddress.MAX_LENGTH);
        }
        if (!EmailAddress.valid(email)) {
            throw Refusal.invalidField("email", "invalid-email", email);
        }
        var wanted = new ContactPreferencesSetEvent(command.userId(), domainLowerCased(email), command.emailOn(),
                command.groupMentionOn());
        if (!wanted.equals(current)) {
            apply(wanted);
        }
    }

    /** The domain part is case-insensitive; the local part is the mailbox owner's and stays as written. */
    private static String domainLowerCased(String email) {
        int at = email.lastIndexOf('@');
        return email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    @EventSourcingHandler
    void on(ContactPreferencesSetEvent event) {
        userId = event.userId();
        current = event;
    }
}
