package kaohe.supervision.event;

/**
 * A person set how reminders reach them beyond the inbox: the e-mail address and whether to use it, and whether a
 * group robot may @-mention them (by the phone the identity context knows). Keyed by the person's user id.
 */
public record ContactPreferencesSetEvent(String userId, String email, boolean emailOn, boolean groupMentionOn) {
}
