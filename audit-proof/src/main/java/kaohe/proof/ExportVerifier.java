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
 * Verifies a history export with nothing but the file (and, to trust the signer, each context's key id learned
 * elsewhere): every event's digest recomputed from its stored bytes, every segment folded from its signed first
 * checkpoint to its signed last, the checkpoints' signatures checked, and the aggregate's sequence numbers
 * complete. {@code java -cp … kaohe.proof.ExportVerifier FILE [--key context=keyId]…}: exit 0 intact, 1 not.
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

    /** {@code pinnedKeys}: context → the key id its checkpoints must be signed with (empty: any, reported). */
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
            PublicKey key = signer(proof, pinnedKeys, problems);
            signers.put(context, proof.signer().keyId());
            var sequences = new TreeSet<Long>();
            long last = -1;
            for (ProofSegment segment : proof.segments()) {
                if (segment.from().globalIndex() < last) {
                    problems.add(new Problem(context, segment.from().globalIndex(), "SEGMENTS_OUT_OF_ORDER"));
                }
                last = segment.to().globalIndex();
                proven += fold(context, proof.aggregateId(), segment, key, sequences, problems);
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

    private static PublicKey signer(ChainProof proof, Map<String, String> pinnedKeys, List<Problem> problems) {
        try {
            PublicKey key = ChainSignatures.publicKey(proof.signer().publicKey());
            String id = ChainSignatures.keyId(key.getEncoded());
            if (!id.equals(proof.signer().keyId())) {
                problems.add(new Problem(proof.context(), -1, "SIGNER_ID_MISMATCH"));
            }
            String pinned = pinnedKeys.get(proof.context());
            if (pinned != null && !pinned.equals(id)) {
                problems.add(new Problem(proof.context(), -1, "UNTRUSTED_SIGNER " + id));
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException unreadable) {
            problems.add(new Problem(proof.context(), -1, "UNREADABLE_SIGNER"));
            return null;
        }
    }

    /** Folds one segment; returns how many of the aggregate's events it proves (0 if it does not hold). */
    private static int fold(String context, String aggregateId, ProofSegment segment, PublicKey key,
                            TreeSet<Long> sequences, List<Problem> problems) {
        int before = problems.size();
        checkpoint(context, segment.from(), key, true, problems);
        checkpoint(context, segment.to(), key, false, problems);
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

    private static void checkpoint(String context, Checkpoint checkpoint, PublicKey key, boolean mayBeGenesis,
                                   List<Problem> problems) {
        if (mayBeGenesis && checkpoint.isGenesis()) {
            return;
        }
        boolean signed = key != null && checkpoint.signature() != null && ChainSignatures.verifies(key,
                ChainHashing.checkpointMessage(context, checkpoint.globalIndex(),
                        ChainHashing.unhex(checkpoint.hash())), checkpoint.signature());
        if (!signed) {
            problems.add(new Problem(context, checkpoint.globalIndex(), "CHECKPOINT_SIGNATURE_INVALID"));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ExportVerifier FILE [--key context=keyId]…");
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
            System.out.printf("%s: checkpoints signed by %s key %s%n", proof.context(), proof.signer().algorithm(),
                    proof.signer().keyId());
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
