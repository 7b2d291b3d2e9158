package kaohe.supervision.preference.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The signed-in person sets their own contact preferences (the user id comes from the token, never the body). */
public record SetContactPreferencesCommand(@TargetAggregateIdentifier String userId, String email, boolean emailOn,
                                           boolean groupMentionOn) {
}
