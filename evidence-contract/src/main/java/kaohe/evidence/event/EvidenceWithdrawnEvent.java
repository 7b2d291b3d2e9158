package kaohe.evidence.event;

/**
 * The owner withdrew unarchived evidence: it is hidden from reports; the object and its history stay. The reason
 * is in the metadata.
 */
public record EvidenceWithdrawnEvent(String evidenceId, String department) {
}
