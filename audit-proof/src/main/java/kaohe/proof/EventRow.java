package kaohe.proof;

/**
 * One row of an event store ({@code domain_event_entry}) exactly as stored: the chain hashes these fields, so an
 * export carries them byte for byte ({@code payload} and {@code metaData} as base64 in JSON).
 */
public record EventRow(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                       String type, String payloadType, String payloadRevision, String timeStamp, byte[] payload,
                       byte[] metaData) {
}
