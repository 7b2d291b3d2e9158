package kaohe.supervision.inbox.web;

import kaohe.platform.actor.CurrentActor;
import kaohe.platform.web.Paging;
import kaohe.supervision.inbox.Inbox;
import kaohe.supervision.inbox.InboxItem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The signed-in person's own inbox, whatever their role: the office sees its own items here too (what was sent to
 * others is on {@code /deliveries}). Paged in the query, {@code offset} and {@code limit} as every list.
 */
@RestController
@RequestMapping("/api/supervision/inbox")
@PreAuthorize("hasAnyRole('OFFICE','LIAISON','LEADER','AUDITOR')")
public class InboxController {

    private final Inbox inbox;

    public InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    public ResponseEntity<List<InboxItem>> list(@RequestParam(required = false) Boolean unread,
                                                @RequestParam(defaultValue = "0") int offset,
                                                @RequestParam(defaultValue = "" + Paging.MAX_LIMIT) int limit) {
        Paging.offset(offset);
        Paging.limit(limit);
        var page = inbox.page(CurrentActor.get().id(), unread, offset, limit);
        return Paging.page(page, limit, "offset", offset + page.size());
    }

    @GetMapping("/unread-count")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", inbox.unreadCount(CurrentActor.get().id()));
    }

    @PostMapping("/{itemId}/read")
    public ResponseEntity<Void> markRead(@PathVariable String itemId) {
        inbox.markRead(CurrentActor.get().id(), itemId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead(CurrentActor.get().id()));
    }
}
