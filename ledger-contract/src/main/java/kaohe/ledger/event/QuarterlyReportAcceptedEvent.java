package kaohe.ledger.event;

import java.time.LocalDate;

/** The office accepted round {@code round}; the report is locked from now on. */
public record QuarterlyReportAcceptedEvent(String reportId, String department, String quarter, int round,
                                           LocalDate acceptedOn) {
}
