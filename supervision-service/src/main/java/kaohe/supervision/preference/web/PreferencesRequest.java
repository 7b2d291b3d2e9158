package kaohe.supervision.preference.web;

import jakarta.validation.constraints.NotNull;
import kaohe.platform.input.SingleLine;

/** The body of {@code PUT /me/preferences}: every field, as {@code GET} answers them. */
public record PreferencesRequest(@NotNull @SingleLine String email, @NotNull Boolean emailOn,
                                 @NotNull Boolean groupMentionOn) {
}
