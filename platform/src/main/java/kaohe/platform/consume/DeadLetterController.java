package kaohe.platform.consume;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/<context>/dead-letters}: the records this service's consumers gave up and nobody resolved yet,
 * oldest first (office and auditors). {@code POST /api/<context>/dead-letters/replay}: the office runs each of them
 * again through its consumer once the cause is fixed; the answer lists what was replayed and what still fails.
 */
@RestController
public class DeadLetterController {

    private final DeadLetterStore store;
    private final DeadLetterReplay replay;

    public DeadLetterController(DeadLetterStore store, DeadLetterReplay replay) {
        this.store = store;
        this.replay = replay;
    }

    @GetMapping("/api/${kaohe.context}/dead-letters")
    @PreAuthorize("hasAnyRole('OFFICE','AUDITOR')")
    public List<DeadLetter> unresolved() {
        return store.unresolved();
    }

    @PostMapping("/api/${kaohe.context}/dead-letters/replay")
    @PreAuthorize("hasRole('OFFICE')")
    public DeadLetterReplay.Outcome replay() {
        return replay.replay();
    }
}
