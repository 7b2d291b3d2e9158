package kaohe.proof;

import java.util.List;

/**
 * One context's part of a history: the segments of its chain that hold the aggregate's events, the service's key
 * ({@code signer}, which signed the newest checkpoints and this proof) and the keys it retired (older checkpoints
 * keep their signatures), the aggregate's events not chained yet (newer than the last checkpoint; shown, not
 * proven), and the signed statement of the aggregate's last sequence number when the proof was made — so an event
 * left out of the export, even the newest, is noticed.
 */
public record ChainProof(String context, String aggregateId, Signer signer, List<Signer> retiredSigners,
                         List<ProofSegment> segments, List<EventRow> unchained, long lastSequence,
                         String lastSequenceSignature) {

    public ChainProof {
        retiredSigners = retiredSigners == null ? List.of() : List.copyOf(retiredSigners);
    }

    /** The service's checkpoint key: id, algorithm, and the public key (base64 X.509). */
    public record Signer(String keyId, String algorithm, String publicKey) {
    }
}
