package kaohe.proof;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The event chain's arithmetic, shared by the services that build it and whoever verifies it offline:
 * {@code digest = SHA-256(row)}, each field length-prefixed; {@code link = SHA-256(previous link ‖ digest)} from 32
 * zero bytes. Linking digests (not rows) lets a proof stand in for the events between two checkpoints by their
 * digests alone, without disclosing them.
 */
public final class ChainHashing {

    public static final byte[] GENESIS = new byte[32];

    private ChainHashing() {
    }

    public static byte[] digest(EventRow row) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeLong(row.globalIndex());
            for (String text : new String[] {row.eventIdentifier(), row.aggregateIdentifier(), row.type(),
                    row.payloadType(), row.payloadRevision(), row.timeStamp()}) {
                field(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
            }
            out.writeLong(row.sequenceNumber());
            field(out, row.payload());
            field(out, row.metaData());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return sha256(bytes.toByteArray());
    }

    public static byte[] link(byte[] previous, byte[] digest) {
        byte[] both = new byte[previous.length + digest.length];
        System.arraycopy(previous, 0, both, 0, previous.length);
        System.arraycopy(digest, 0, both, previous.length, digest.length);
        return sha256(both);
    }

    /** What a checkpoint's signature covers: the context, the chain's length and its head. */
    public static byte[] checkpointMessage(String context, long globalIndex, byte[] hash) {
        return ("kaohe-chain-checkpoint\n" + context + "\n" + globalIndex + "\n" + hex(hash))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What the signature of a proof's {@code lastSequence} covers. */
    public static byte[] lastSequenceMessage(String context, String aggregateId, long lastSequence) {
        return ("kaohe-aggregate-last-sequence\n" + context + "\n" + aggregateId + "\n" + lastSequence)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }
}
