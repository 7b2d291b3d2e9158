package kaohe.ledger.task.query;

import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.Define;
import kaohe.ledger.event.SixDefines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A ledger task as the department and the office see it: the six defines, which of them are set
 * ({@code completeness}, in the order of the notice), what is missing, the office's review (null while a draft),
 * whether the quantity is below the indicator target it names ({@code belowTarget}), extension and co-signatures.
 */
public record LedgerTaskView(String taskId, String planId, String indicatorId, String indicatorCode,
                             String department, CarriedAs carriedAs, String title, SixDefines defines,
                             Map<Define, Boolean> completeness, List<Define> missing, String status, Review review,
                             boolean belowTarget, PendingExtension pendingExtension, List<CoSignature> coSignatures,
                             long version) {

    /** PENDING (awaiting the office), APPROVED or RETURNED (with the reason), by whom and when it was decided. */
    public record Review(String state, String reason, String decidedBy, Instant decidedAt) {
    }

    public record PendingExtension(String requestId, LocalDate requestedDeadline) {
    }

    public record CoSignature(String quarter, String department, String contribution) {
    }
}
