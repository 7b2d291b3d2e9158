package kaohe.proof;

import java.util.List;

/**
 * One context's part of a history: the segments of its chain that hold the aggregate's events, the key that
 * signed their checkpoints, the aggregate's events not chained yet (newer than the last checkpoint; shown, not
 * proven), and the service's signed statement of the aggregate's last sequence number when the proof was made —
 * so an event left out of the export, even the newest, is noticed.
 */
public record ChainProof(String context, String aggregateId, Signer signer, List<ProofSegment> segments,
                         List<EventRow> unchained, long lastSequence, String lastSequenceSignature) {

    /** The service's checkpoint key: id, algorithm, and the public key (base64 X.509). */
    public record Signer(String keyId, String algorithm, String publicKey) {
    }
}
