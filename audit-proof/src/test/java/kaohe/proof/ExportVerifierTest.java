package kaohe.proof;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier against exports built here the way a service builds them: a chain of ten events (three of
 * them the aggregate's) with a signed checkpoint after the fifth and the tenth — then each kind of forgery.
 */
class ExportVerifierTest {

    private KeyPair key;
    /** When set, the key that signed the first checkpoint before the service moved to {@code key}. */
    private KeyPair retired;
    private List<EventRow> store;

    @BeforeEach
    void tenEvents() throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        store = new ArrayList<>();
        for (long index = 1; index <= 10; index++) {
            boolean ours = index == 2 || index == 4 || index == 8;
            long sequence = index == 2 ? 0 : index == 4 ? 1 : index == 8 ? 2 : 0;
            String target = "{\"indicatorId\":\"ind-3\",\"before\":{\"value\":" + (29 + index) + "},\"after\":{\"value\":"
                    + (30 + index) + "}}";
            store.add(new EventRow(index, "e" + index, ours ? "ind-3" : "other-" + index, sequence, "Indicator",
                    "kaohe.indicator.event.IndicatorTargetRevisedEvent", null, "2020-03-0" + (index % 9 + 1)
                    + "T08:00:00Z", target.getBytes(StandardCharsets.UTF_8),
                    "{\"actorId\":\"office-admin\",\"reason\":\"市考核办调整\"}".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private HistoryExport export(List<EventRow> rows) throws Exception {
        return export(rows, 2);
    }

    private HistoryExport export(List<EventRow> rows, long lastSequence) throws Exception {
        byte[] hash = ChainHashing.GENESIS;
        Checkpoint from = Checkpoint.GENESIS;
        List<ProofSegment> segments = new ArrayList<>();
        List<ProofLink> links = new ArrayList<>();
        for (EventRow row : rows) {
            byte[] digest = ChainHashing.digest(row);
            hash = ChainHashing.link(hash, digest);
            links.add(row.aggregateIdentifier().equals("ind-3") ? new ProofLink(row.globalIndex(), null, row)
                    : new ProofLink(row.globalIndex(), ChainHashing.hex(digest), null));
            if (row.globalIndex() == 5 || row.globalIndex() == 10) {
                KeyPair by = row.globalIndex() == 5 && retired != null ? retired : key;
                var to = new Checkpoint(row.globalIndex(), ChainHashing.hex(hash), id(by), sign(by,
                        ChainHashing.checkpointMessage("indicator", row.globalIndex(), hash)));
                segments.add(new ProofSegment(from, links, to));
                from = to;
                links = new ArrayList<>();
            }
        }
        return new HistoryExport(HistoryExport.FORMAT, Instant.parse("2020-12-31T00:00:00Z"), "auditor", "ind-3",
                List.of(new ChainProof("indicator", "ind-3", signer(key),
                        retired == null ? List.of() : List.of(signer(retired)), segments, List.of(), lastSequence,
                        sign(key, ChainHashing.lastSequenceMessage("indicator", "ind-3", lastSequence)))));
    }

    private static ChainProof.Signer signer(KeyPair pair) {
        byte[] encoded = pair.getPublic().getEncoded();
        return new ChainProof.Signer(id(pair), "Ed25519", Base64.getEncoder().encodeToString(encoded));
    }

    private static String id(KeyPair pair) {
        return ChainSignatures.keyId(pair.getPublic().getEncoded());
    }

    private static String sign(KeyPair by, byte[] message) throws Exception {
        var signature = Signature.getInstance("Ed25519");
        signature.initSign(by.getPrivate());
        signature.update(message);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private static List<String> problems(ExportVerifier.Report report) {
        return report.problems().stream().map(ExportVerifier.Problem::problem).toList();
    }

    @Test
    void anHonestExportProvesEveryEventOfTheAggregate() throws Exception {
        var export = export(store);
        var report = ExportVerifier.verify(export, Map.of("indicator", export.proofs().get(0).signer().keyId()));
        assertThat(report.intact()).isTrue();
        assertThat(report.proven()).isEqualTo(3);
        assertThat(report.unchained()).isZero();
    }

    @Test
    void itSurvivesTheTripThroughJson() throws Exception {
        byte[] file = ExportVerifier.JSON.writeValueAsBytes(export(store));
        var read = ExportVerifier.JSON.readValue(file, HistoryExport.class);
        assertThat(ExportVerifier.verify(read, Map.of()).intact()).isTrue();
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("other-3")
                .as("events of other aggregates travel as digests only");
    }

    @Test
    void anEditedTargetInTheExportBreaksItsSegment() throws Exception {
        var export = export(store);
        var segment = export.proofs().get(0).segments().get(0);
        EventRow honest = segment.links().get(3).event();
        EventRow edited = new EventRow(honest.globalIndex(), honest.eventIdentifier(), honest.aggregateIdentifier(),
                honest.sequenceNumber(), honest.type(), honest.payloadType(), null, honest.timeStamp(),
                "{\"indicatorId\":\"ind-3\",\"before\":{\"value\":33},\"after\":{\"value\":99}}"
                        .getBytes(StandardCharsets.UTF_8), honest.metaData());
        segment.links().set(3, new ProofLink(edited.globalIndex(), null, edited));
        var report = ExportVerifier.verify(export, Map.of());
        assertThat(problems(report)).containsExactly("SEGMENT_DOES_NOT_REACH_ITS_CHECKPOINT");
        assertThat(report.proven()).isEqualTo(1);
    }

    @Test
    void anEventLeftOutIsMissedEvenWhenItsDigestStandsIn() throws Exception {
        var export = export(store);
        var segment = export.proofs().get(0).segments().get(1);
        EventRow left = segment.links().get(2).event();
        segment.links().set(2, new ProofLink(left.globalIndex(), ChainHashing.hex(ChainHashing.digest(left)), null));
        assertThat(problems(ExportVerifier.verify(export, Map.of()))).containsExactly("MISSING_SEQUENCE 2");
    }

    @Test
    void theNewestEventLeftOutIsMissedByTheSignedLastSequence() throws Exception {
        var export = export(store.subList(0, 5));
        assertThat(problems(ExportVerifier.verify(export, Map.of()))).containsExactly("MISSING_SEQUENCE 2");
        var proof = export.proofs().get(0);
        var understated = new HistoryExport(export.format(), export.exportedAt(), export.exportedBy(), "ind-3",
                List.of(new ChainProof("indicator", "ind-3", proof.signer(), List.of(), proof.segments(), List.of(), 1,
                        proof.lastSequenceSignature())));
        assertThat(problems(ExportVerifier.verify(understated, Map.of())))
                .containsExactly("LAST_SEQUENCE_SIGNATURE_INVALID");
    }

    @Test
    void aReorderedOrForgedChainIsCaught() throws Exception {
        var export = export(store);
        var links = export.proofs().get(0).segments().get(0).links();
        var second = links.get(1);
        links.set(1, links.get(2));
        links.set(2, second);
        assertThat(problems(ExportVerifier.verify(export, Map.of())))
                .contains("LINKS_OUT_OF_ORDER", "SEGMENT_DOES_NOT_REACH_ITS_CHECKPOINT");
    }

    @Test
    void aChainRecomputedWithAnotherKeyIsNotTheServicesChain() throws Exception {
        var honestKey = ChainSignatures.keyId(key.getPublic().getEncoded());
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var forged = export(store);
        assertThat(ExportVerifier.verify(forged, Map.of()).intact()).as("consistent in itself").isTrue();
        assertThat(problems(ExportVerifier.verify(forged, Map.of("indicator", honestKey))))
                .singleElement().asString().startsWith("UNTRUSTED_SIGNER");
    }

    @Test
    void aCheckpointWhoseHashWasRewrittenNoLongerCarriesItsSignature() throws Exception {
        var export = export(store);
        var proof = export.proofs().get(0);
        var segment = proof.segments().get(1);
        var rewritten = new ProofSegment(segment.from(), segment.links(),
                new Checkpoint(10, ChainHashing.hex(new byte[32]), segment.to().keyId(), segment.to().signature()));
        var forged = new HistoryExport(export.format(), export.exportedAt(), export.exportedBy(), "ind-3",
                List.of(new ChainProof("indicator", "ind-3", proof.signer(), List.of(),
                        List.of(proof.segments().get(0), rewritten), List.of(), proof.lastSequence(),
                        proof.lastSequenceSignature())));
        assertThat(problems(ExportVerifier.verify(forged, Map.of())))
                .contains("CHECKPOINT_SIGNATURE_INVALID", "SEGMENT_DOES_NOT_REACH_ITS_CHECKPOINT");
    }

    @Test
    void checkpointsSignedBeforeTheKeyWasRotatedVerifyWithTheRetiredKey() throws Exception {
        retired = key;
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var export = export(store);
        String both = id(key) + "," + id(retired);
        assertThat(ExportVerifier.verify(export, Map.of("indicator", both)).problems()).isEmpty();
        assertThat(problems(ExportVerifier.verify(export, Map.of("indicator", id(key)))))
                .containsExactly("UNTRUSTED_SIGNER " + id(retired));

        var proof = export.proofs().get(0);
        var withoutRetired = new HistoryExport(export.format(), export.exportedAt(), export.exportedBy(), "ind-3",
                List.of(new ChainProof("indicator", "ind-3", proof.signer(), List.of(), proof.segments(),
                        List.of(), proof.lastSequence(), proof.lastSequenceSignature())));
        assertThat(problems(ExportVerifier.verify(withoutRetired, Map.of())))
                .containsExactly("CHECKPOINT_SIGNATURE_INVALID");
    }
}
