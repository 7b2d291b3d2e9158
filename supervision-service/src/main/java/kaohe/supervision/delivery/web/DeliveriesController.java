package kaohe.supervision.delivery.web;

import kaohe.platform.web.Paging;
import kaohe.supervision.delivery.DeliveryStatus;
import kaohe.supervision.event.Channel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What was sent to whom, by which channel, and what failed: the office's and the auditors' view of the outbox. */
@RestController
@RequestMapping("/api/supervision/deliveries")
@PreAuthorize("hasAnyRole('OFFICE','AUDITOR')")
public class DeliveriesController {

    private final DeliveryQueries queries;

    public DeliveriesController(DeliveryQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    public ResponseEntity<List<DeliveryView>> list(@RequestParam(required = false) DeliveryStatus status,
                                                   @RequestParam(required = false) Channel channel,
                                                   @RequestParam(defaultValue = "0") int offset,
                                                   @RequestParam(defaultValue = "" + Paging.MAX_LIMIT) int limit) {
        Paging.offset(offset);
        Paging.limit(limit);
        var page = queries.page(status, channel, offset, limit);
        return Paging.page(page, limit, "offset", offset + page.size());
    }

    @GetMapping("/summary")
    public DeliverySummary summary() {
        return queries.summary();
    }
}
