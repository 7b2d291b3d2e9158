package kaohe.scoring.model;

/** One piece of evidence: whose, what it is called, and whether it was archived (归档) or withdrawn. */
public final class EvidenceFacts {

    final String evidenceId;
    final String department;
    final String originalName;
    final String contentType;
    final EventRef uploaded;
    EventRef archived;
    EventRef withdrawn;

    EvidenceFacts(String evidenceId, String department, String originalName, String contentType, EventRef uploaded) {
        this.evidenceId = evidenceId;
        this.department = department;
        this.originalName = originalName;
        this.contentType = contentType;
        this.uploaded = uploaded;
    }

    public String evidenceId() {
        return evidenceId;
    }

    public String department() {
        return department;
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public EventRef uploaded() {
        return uploaded;
    }

    public EventRef archived() {
        return archived;
    }

    public EventRef withdrawn() {
        return withdrawn;
    }
}
