package kaohe.supervision.preference.query;

/** How reminders reach a person beyond the inbox, as they set it or the defaults. */
public record ContactPreferencesView(String email, boolean emailOn, boolean groupMentionOn) {
}
