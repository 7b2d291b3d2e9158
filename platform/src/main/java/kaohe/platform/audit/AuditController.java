package kaohe.platform.audit;

import kaohe.platform.chain.HistoryProofs;
import kaohe.platform.command.Refusal;
import kaohe.platform.web.Paging;
import kaohe.proof.ChainProof;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/<context>/audit/events}: auditors (and the office) read this service's whole event history,
 * filtered by aggregate, actor, department, type ({@code ledger.QuarterlyReportReturned.v1}) and time range,
 * paged by {@code after} (the last global index seen) and {@code limit}: a full page links to the next
 * ({@link Paging}). {@code GET /api/<context>/audit/proof?aggregateId=}: one aggregate's history with the chain
 * segments and signatures that prove it offline.
 */
@RestController
public class AuditController {

    private final AuditTrail trail;
    private final HistoryProofs proofs;

    public AuditController(AuditTrail trail, HistoryProofs proofs) {
        this.trail = trail;
        this.proofs = proofs;
    }

    @GetMapping("/api/${kaohe.context}/audit/events")
    @PreAuthorize("hasAnyRole('OFFICE','AUDITOR')")
    public ResponseEntity<List<AuditEntry>> events(@RequestParam(required = false) String aggregateId,
                                                   @RequestParam(required = false) String actorId,
                                                   @RequestParam(required = false) String department,
                                                   @RequestParam(required = false) String type,
                                                   @RequestParam(required = false)
                                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                                   @RequestParam(required = false)
                                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                                   @RequestParam(defaultValue = "0") long after,
                                                   @RequestParam(defaultValue = "200") int limit) {
        var page = trail.find(new AuditTrail.Query(aggregateId, actorId, department, type, from, to, after, limit));
        return Paging.page(page, limit, "after", page.isEmpty() ? after : page.get(page.size() - 1).globalIndex());
    }

    @GetMapping("/api/${kaohe.context}/audit/proof")
    @PreAuthorize("hasAnyRole('OFFICE','AUDITOR')")
    public ChainProof proof(@RequestParam String aggregateId) {
        if (aggregateId.isBlank() || aggregateId.length() > 255) {
            throw Refusal.invalidField("aggregateId", "invalid-parameter", "aggregateId");
        }
        return proofs.of(aggregateId.strip());
    }
}
