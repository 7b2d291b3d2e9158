package kaohe.proof;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Verifies a history export with nothing but the file (and, to trust the signers, each context's key ids learned
 * elsewhere): every event's digest recomputed from its stored bytes, every segment folded from its signed first
 * checkpoint to its signed last, the checkpoints' signatures checked, and the aggregate's sequence numbers
 * complete. {@code java -cp … kaohe.proof.ExportVerifier FILE [--key context=keyId[,retiredKeyId…]]…}: exit 0
 * intact, 1 not.
 */
public final class ExportVerifier {

    /** Something the export does not prove: where, and what. */
    public record Problem(String context, long globalIndex, String problem) {
    }

    /** Events proven by the chain, events shown but not yet chained, the signers, and every problem. */
    public record Report(int proven, int unchained, Map<String, String> signers, List<Problem> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExportVerifier() {
    }

    /**
     * {@code pinnedKeys}: context → the key ids (comma-separated) its proof may be signed with: its current key and
     * any it retired (absent: any, reported).
     */
    public static Report verify(HistoryExport export, Map<String, String> pinnedKeys) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> signers = new HashMap<>();
        int proven = 0;
        int unchained = 0;
        if (!HistoryExport.FORMAT.equals(export.format())) {
            problems.add(new Problem(null, 0, "UNKNOWN_FORMAT " + export.format()));
            return new Report(0, 0, signers, problems);
        }
        for (ChainProof proof : export.proofs()) {
            String context = proof.context();
            Map<String, PublicKey> keys = signers(proof, pinnedKeys, problems);
            PublicKey key = keys.get(proof.signer().keyId());
            signers.put(context, proof.signer().keyId());
            var sequences = new TreeSet<Long>();
            long last = -1;
            for (ProofSegment segment : proof.segments()) {
                if (segment.from().globalIndex() < last) {
                    problems.add(new Problem(context, segment.from().globalIndex(), "SEGMENTS_OUT_OF_ORDER"));
                }
                last = segment.to().globalIndex();
                proven += fold(context, proof.aggregateId(), segment, keys, sequences, problems);
            }
            for (EventRow row : proof.unchained()) {
                if (!proof.aggregateId().equals(row.aggregateIdentifier())) {
                    problems.add(new Problem(context, row.globalIndex(), "FOREIGN_EVENT"));
                }
                sequences.add(row.sequenceNumber());
                unchained++;
            }
            // an aggregate's events are numbered 0, 1, 2 … up to the signed last one: a gap is an event left out
            if (key == null || !ChainSignatures.verifies(key, ChainHashing.lastSequenceMessage(context,
                    proof.aggregateId(), proof.lastSequence()), proof.lastSequenceSignature())) {
                problems.add(new Problem(context, -1, "LAST_SEQUENCE_SIGNATURE_INVALID"));
            }
            for (long expected = 0; expected <= proof.lastSequence(); expected++) {
                if (!sequences.contains(expected)) {
                    problems.add(new Problem(context, -1, "MISSING_SEQUENCE " + expected));
                    break;
                }
            }
        }
        return new Report(proven, unchained, signers, problems);
    }

    /** The proof's keys by id, each id checked against its key and, if pinned, against the trusted ones. */
    private static Map<String, PublicKey> signers(ChainProof proof, Map<String, String> pinnedKeys,
                                                  List<Problem> problems) {
        Map<String, PublicKey> keys = new HashMap<>();
        String pinned = pinnedKeys.get(proof.context());
        List<String> trusted = pinned == null ? null : List.of(pinned.split(","));
        List<ChainProof.Signer> all = new ArrayList<>(proof.retiredSigners());
        all.add(0, proof.signer());
        for (ChainProof.Signer signer : all) {
            try {
                PublicKey key = ChainSignatures.publicKey(signer.publicKey());
                String id = ChainSignatures.keyId(key.getEncoded());
                if (!id.equals(signer.keyId())) {
                    problems.add(new Problem(proof.context(), -1, "SIGNER_ID_MISMATCH"));
                    continue;
                }
                if (trusted != null && !trusted.contains(id)) {
                    // its signatures may hold, but nobody vouched for the key: one problem, said once
                    problems.add(new Problem(proof.context(), -1, "UNTRUSTED_SIGNER " + id));
                }
                keys.put(id, key);
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException unreadable) {
                problems.add(new Problem(proof.context(), -1, "UNREADABLE_SIGNER"));
            }
        }
        return keys;
    }

    /** Folds one segment; returns how many of the aggregate's events it proves (0 if it does not hold). */
    private static int fold(String context, String aggregateId, ProofSegment segment, Map<String, PublicKey> keys,
                            TreeSet<Long> sequences, List<Problem> problems) {
        int before = problems.size();
        checkpoint(context, segment.from(), keys, true, problems);
        checkpoint(context, segment.to(), keys, false, problems);
        byte[] hash = ChainHashing.unhex(segment.from().hash());
        long index = segment.from().globalIndex();
        int events = 0;
        for (ProofLink link : segment.links()) {
            if (link.globalIndex() <= index) {
                problems.add(new Problem(context, link.globalIndex(), "LINKS_OUT_OF_ORDER"));
            }
            index = link.globalIndex();
            byte[] digest;
            if (link.event() != null) {
                EventRow row = link.event();
                if (row.globalIndex() != link.globalIndex() || !aggregateId.equals(row.aggregateIdentifier())) {
                    problems.add(new Problem(context, link.globalIndex(), "FOREIGN_EVENT"));
                }
                digest = ChainHashing.digest(row);
                sequences.add(row.sequenceNumber());
                events++;
            } else {
                digest = ChainHashing.unhex(link.digest());
            }
            hash = ChainHashing.link(hash, digest);
        }
        if (index != segment.to().globalIndex() || !Arrays.equals(hash, ChainHashing.unhex(segment.to().hash()))) {
            problems.add(new Problem(context, segment.to().globalIndex(), "SEGMENT_DOES_NOT_REACH_ITS_CHECKPOINT"));
        }
        return problems.size() == before ? events : 0;
    }

    private static void checkpoint(String context, Checkpoint checkpoint, Map<String, PublicKey> keys,
                                   boolean mayBeGenesis, List<Problem> problems) {
        if (mayBeGenesis && checkpoint.isGenesis()) {
            return;
        }
        PublicKey key = checkpoint.keyId() == null ? null : keys.get(checkpoint.keyId());
        boolean signed = key != null && checkpoint.signature() != null && ChainSignatures.verifies(key,
                ChainHashing.checkpointMessage(context, checkpoint.globalIndex(),
                        ChainHashing.unhex(checkpoint.hash())), checkpoint.signature());
        var problem = new Problem(context, checkpoint.globalIndex(), "CHECKPOINT_SIGNATURE_INVALID");
        if (!signed && !problems.contains(problem)) { // a checkpoint ends one segment and starts the next
            problems.add(problem);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ExportVerifier FILE [--key context=keyId[,retiredKeyId…]]…");
            System.exit(2);
        }
        Map<String, String> pinned = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--key") && args[i + 1].contains("=")) {
                String[] pair = args[i + 1].split("=", 2);
                pinned.put(pair[0], pair[1]);
            }
        }
        HistoryExport export = JSON.readValue(Files.readAllBytes(Path.of(args[0])), HistoryExport.class);
        System.out.printf("%s 的历史 (history of %s), exported %s by %s%n", export.aggregateId(),
                export.aggregateId(), export.exportedAt(), export.exportedBy());
        for (ChainProof proof : export.proofs()) {
            System.out.printf("%s: checkpoints signed by %s key %s%s%n", proof.context(), proof.signer().algorithm(),
                    proof.signer().keyId(), proof.retiredSigners().isEmpty() ? "" : ", retired keys "
                            + proof.retiredSigners().stream().map(ChainProof.Signer::keyId).toList());
            for (ProofSegment segment : proof.segments()) {
                for (ProofLink link : segment.links()) {
                    if (link.event() != null) {
                        print(link.event(), "chained");
                    }
                }
            }
            proof.unchained().forEach(row -> print(row, "NOT YET CHAINED"));
        }
        Report report = verify(export, pinned);
        report.problems().forEach(problem -> System.out.printf("PROBLEM %s #%d %s%n", problem.context(),
                problem.globalIndex(), problem.problem()));
        System.out.printf("%s: %d events proven by their chains, %d not yet chained; signers %s%s%n",
                report.intact() ? "INTACT" : "NOT PROVEN", report.proven(), report.unchained(), report.signers(),
                pinned.isEmpty() ? " (compare these key ids with the services' /api/<context>/chain/key)" : "");
        System.exit(report.intact() ? 0 : 1);
    }

    /** One line per event: place, sequence, time, type, who, why, and the payload (before and after values). */
    private static void print(EventRow row, String status) {
        JsonNode metadata = read(row.metaData());
        String type = row.payloadType().substring(row.payloadType().lastIndexOf('.') + 1).replaceFirst("Event$", "");
        System.out.printf("  #%d seq %d %s %s by %s (%s) reason %s [%s]%n      %s%n", row.globalIndex(),
                row.sequenceNumber(), row.timeStamp(), type, metadata.path("actorId").asText("?"),
                metadata.path("actorName").asText(""), metadata.path("reason").asText("-"), status,
                new String(row.payload() == null ? new byte[0] : row.payload(), StandardCharsets.UTF_8));
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return bytes == null ? JSON.nullNode() : JSON.readTree(bytes);
        } catch (IOException unreadable) {
            return JSON.nullNode();
        }
    }
}
