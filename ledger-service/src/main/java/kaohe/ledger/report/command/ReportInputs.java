package kaohe.ledger.report.command;

import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.event.ProgressSnapshot;

import java.util.List;
import java.util.Optional;

/** What a quarterly report takes from the rest of the ledger: task progress, co-signatures, usable evidence. */
public interface ReportInputs {

    /** Every task in force of the department, with its latest progress up to the quarter's last month. */
    List<ProgressSnapshot> progress(String planId, String department, Quarter quarter);

    /** "task title → department" for each cooperating department that has not yet co-signed for the quarter. */
    List<String> missingCoSignatures(String planId, String department, Quarter quarter);

    /**
     * The first of {@code evidenceIds} the department may not refer to: evidence the ledger has not seen uploaded
     * (from the evidence context's events), another department's, or withdrawn.
     */
    Optional<String> unusableEvidence(String department, List<String> evidenceIds);
}
