package kaohe.evidence.evidence.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Evidence as its readers see it: what it is (type decided from the bytes, size, SHA-256), whose, photo facts,
 * earlier uploads of the same bytes, what it is attached to (with {@code outsidePeriod} flags), archived or
 * withdrawn. The object key never leaves the service.
 */
public record EvidenceView(String evidenceId, String planId, String department, String contentType, boolean photo,
                           long size, String sha256, String originalName, Instant capturedAt, Double latitude,
                           Double longitude, List<String> duplicateOf, Instant uploadedAt, String uploadedBy,
                           LocalDate archivedOn, boolean withdrawn, List<Link> links, long version) {

    public record Link(String targetType, String targetId, String period, boolean outsidePeriod) {
    }
}
