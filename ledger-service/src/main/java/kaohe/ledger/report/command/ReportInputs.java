package kaohe.ledger.report.command;

import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.event.ProgressSnapshot;

import java.util.List;

/** What a quarterly report takes from the rest of the ledger: task progress and co-signatures. */
public interface ReportInputs {

    /** Every task in force of the department, with its latest progress up to the quarter's last month. */
    List<ProgressSnapshot> progress(String planId, String department, Quarter quarter);

    /** "task title → department" for each cooperating department that has not yet co-signed for the quarter. */
    List<String> missingCoSignatures(String planId, String department, Quarter quarter);
}
