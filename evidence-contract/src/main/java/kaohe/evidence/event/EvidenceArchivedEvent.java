package kaohe.evidence.event;

import java.time.LocalDate;

/** The office archived the evidence (归档): from now on it cannot be withdrawn. */
public record EvidenceArchivedEvent(String evidenceId, String department, LocalDate archivedOn) {
}
