package kaohe.supervision.preference.web;

import jakarta.validation.Valid;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.command.CommandSender;
import kaohe.supervision.preference.command.SetContactPreferencesCommand;
import kaohe.supervision.preference.query.ContactPreferencesProjection;
import kaohe.supervision.preference.query.ContactPreferencesView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own contact preferences: whose they are comes from the token, never from the body. */
@RestController
@RequestMapping("/api/supervision/me/preferences")
@PreAuthorize("hasAnyRole('OFFICE','LIAISON','LEADER','AUDITOR')")
public class PreferencesController {

    private final CommandSender commands;
    private final ContactPreferencesProjection preferences;

    public PreferencesController(CommandSender commands, ContactPreferencesProjection preferences) {
        this.commands = commands;
        this.preferences = preferences;
    }

    @GetMapping
    public ContactPreferencesView get() {
        return preferences.of(CurrentActor.get().id());
    }

    @PutMapping
    public ContactPreferencesView set(@Valid @RequestBody PreferencesRequest request) {
        String userId = CurrentActor.get().id();
        commands.send(new SetContactPreferencesCommand(userId, request.email(), request.emailOn(),
                request.groupMentionOn()));
        return preferences.of(userId);
    }
}
