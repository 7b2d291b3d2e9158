package kaohe.evidence.event;

import java.time.Instant;
import java.util.List;

/**
 * Evidence is stored: written only after its object was stored and its size and hash verified, so no such event
 * exists without its bytes. {@code contentType} was decided from the bytes; {@code originalName} is the sanitised
 * name the uploader gave, kept as metadata only; {@code capturedAt}, {@code latitude}, {@code longitude} come from a
 * photo's EXIF (null when absent); {@code duplicateOf} names earlier evidence of the department with the same bytes.
 */
public record EvidenceUploadedEvent(String evidenceId, String planId, String department, String contentType,
                                    boolean photo, long size, String sha256, String bucket, String objectKey,
                                    String originalName, Instant capturedAt, Double latitude, Double longitude,
                                    List<String> duplicateOf) {
}
