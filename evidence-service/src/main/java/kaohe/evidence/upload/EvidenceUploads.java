package kaohe.evidence.upload;

import kaohe.evidence.catalog.PlanCatalog;
import kaohe.evidence.content.ContentSniffer;
import kaohe.evidence.content.EvidenceType;
import kaohe.evidence.content.ImageDimensions;
import kaohe.evidence.content.FileNames;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.evidence.command.RecordUploadCommand;
import kaohe.evidence.evidence.query.EvidenceQueries;
import kaohe.evidence.photo.PhotoFacts;
import kaohe.evidence.storage.ObjectStore;
import kaohe.platform.command.CommandSender;
import kaohe.platform.command.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An upload, in the order that keeps the promise "no event without its object": the type decided from the first
 * bytes, a photo's dimensions read from its header; the body streamed to the store under a key the server makes,
 * counted against the limit and hashed on the way; the stored object's size and ETag checked against what streamed
 * past; only then the event. Whatever fails after bytes reached the store removes them again (the orphan sweep
 * catches a crash in between).
 */
public class EvidenceUploads {

    /** Kept in memory to decide the type and read a photo's EXIF, which sits at the start of the file. */
    static final int HEAD_BYTES = 64 * 1024;
    /** How far a photo's header (EXIF, XMP, ICC before a JPEG's first scan) is read to find its dimensions. */
    static final int MAX_PHOTO_HEADER_BYTES = 2 * 1024 * 1024;
    public static final String KEY_PREFIX = "evidence/";

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceUploads.class);

    private final ObjectStore store;
    private final CommandSender commands;
    private final EvidenceQueries queries;
    private final PlanCatalog catalog;
    private final long maxBytes;

    public EvidenceUploads(ObjectStore store, CommandSender commands, EvidenceQueries queries, PlanCatalog catalog,
                           long maxBytes) {
        this.store = store;
        this.commands = commands;
        this.queries = queries;
        this.catalog = catalog;
        this.maxBytes = maxBytes;
    }

    /** What an upload answered: the evidence, and whether it was stored before under the same Idempotency-Key. */
    public record Uploaded(String evidenceId, boolean replayed) {
    }

    /**
     * Stores the body as new evidence. With an Idempotency-Key ({@code uploadKey}: the uploader's id and the key) the
     * evidence id is derived from it, so a retry after a lost answer finds the evidence the first attempt stored:
     * the same bytes are answered as a replay, other bytes refused as the key reused. Two attempts racing each store
     * their own object; the event store lets one of them create the evidence and the other removes its object.
     */
    public Uploaded upload(String planId, String department, String rawName, long declaredLength, InputStream body,
                           String uploadKey) throws IOException {
        String evidenceId = uploadKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("evidence-upload\n" + uploadKey).getBytes(StandardCharsets.UTF_8)).toString();
        if (uploadKey != null) {
            var earlier = queries.storedObject(evidenceId);
            if (earlier.isPresent()) {
                return replay(earlier.get(), sha256Of(body));
            }
        }
        if (declaredLength > maxBytes) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "evidence-too-large", Map.of(), maxBytes);
        }
        catalog.requirePlan(planId); // the aggregate decides; asked first so a doomed upload streams nothing
        byte[] head = body.readNBytes(HEAD_BYTES);
        if (head.length == 0) {
            throw Refusal.invalid("empty-file");
        }
        var sniffed = ContentSniffer.sniff(head, Math.min(head.length, ContentSniffer.HEAD_BYTES));
        if (sniffed.type() == null) {
            throw sniffed.refusal().equals("empty-file") ? Refusal.invalid("empty-file")
                    : new Refusal(Refusal.Kind.UNSUPPORTED_MEDIA_TYPE, sniffed.refusal(), Map.of());
        }
        if (sniffed.type().photo()) {
            head = photoHeader(sniffed.type(), head, body);
        }
        // a keyed upload's attempts each store an object of their own: the one that loses the race removes only its own
        String key = KEY_PREFIX + evidenceId + (uploadKey == null ? "" : "." + UUID.randomUUID());
        var stream = new VerifyingStream(new SequenceInputStream(new ByteArrayInputStream(head), body), maxBytes,
                store.partSize());
        try {
            store.put(key, stream, declaredLength, sniffed.type().contentType());
        } catch (Refusal refusal) {
            removeQuietly(key);
            if (stream.broken() || declaredLength >= 0 && stream.ended() && stream.count() < declaredLength) {
                throw Refusal.invalid("upload-interrupted");
            }
            throw refusal;
        }
        String sha256 = stream.sha256();
        verifyStored(key, stream.count(), stream.etag(), sha256);
        if (declaredLength >= 0 && stream.count() != declaredLength) {
            removeQuietly(key);
            throw Refusal.invalid("upload-interrupted");
        }
        PhotoFacts facts = sniffed.type().photo() ? PhotoFacts.read(new ByteArrayInputStream(head)) : null;
        var uploaded = new EvidenceUploadedEvent(evidenceId, planId, department, sniffed.type().contentType(),
                sniffed.type().photo(), stream.count(), sha256, store.bucket(), key, FileNames.sanitise(rawName),
                facts == null ? null : facts.capturedAt(), facts == null ? null : facts.latitude(),
                facts == null ? null : facts.longitude(), queries.sameBytes(department, sha256));
        try {
            commands.send(new RecordUploadCommand(uploaded));
        } catch (RuntimeException refused) {
            removeQuietly(key);
            if (uploadKey != null) { // the attempt that raced this one created the evidence
                var racing = queries.storedObject(evidenceId);
                if (racing.isPresent()) {
                    return replay(racing.get(), sha256);
                }
            }
            throw refused;
        }
        return new Uploaded(evidenceId, false);
    }

    private static Uploaded replay(EvidenceQueries.StoredObject earlier, String sha256) {
        if (!earlier.sha256().equals(sha256)) {
            throw Refusal.unprocessable("idempotency-key-reused");
        }
        return new Uploaded(earlier.evidenceId(), true);
    }

    /** A repeated upload's bytes, only hashed: they are already stored. */
    private String sha256Of(InputStream body) throws IOException {
        var stream = new VerifyingStream(body, maxBytes, store.partSize());
        stream.transferTo(OutputStream.nullOutputStream());
        return stream.sha256();
    }

    /**
     * The head, read on (doubling, up to {@value #MAX_PHOTO_HEADER_BYTES}) until the photo's dimensions are in it:
     * a photo whose header is corrupt or cut short is refused before anything is stored.
     */
    private static byte[] photoHeader(EvidenceType type, byte[] head, InputStream body) throws IOException {
        byte[] bytes = head;
        while (ImageDimensions.read(type, bytes, bytes.length).isEmpty()) {
            byte[] more = bytes.length < MAX_PHOTO_HEADER_BYTES ? body.readNBytes(bytes.length) : new byte[0];
            if (more.length == 0) {
                throw new Refusal(Refusal.Kind.UNSUPPORTED_MEDIA_TYPE, "corrupt-image", Map.of(),
                        type.extension().toUpperCase(Locale.ROOT));
            }
            byte[] longer = Arrays.copyOf(bytes, bytes.length + more.length);
            System.arraycopy(more, 0, longer, bytes.length, more.length);
            bytes = longer;
        }
        return bytes;
    }

    /** The store holds what streamed past: same size, and the same ETag — or, if the store computes it otherwise, the same SHA-256 read back. */
    private void verifyStored(String key, long size, String etag, String sha256) {
        var stat = store.stat(key).orElse(null);
        boolean verified = stat != null && stat.size() == size
                && (etag.equals(stripQuotes(stat.etag())) || sha256.equals(store.sha256(key)));
        if (!verified) {
            removeQuietly(key);
            LOG.error("stored object {} does not match the upload (size {}, etag {})", key, size, etag);
            throw new Refusal(Refusal.Kind.UNAVAILABLE, "storage-verification-failed", Map.of());
        }
    }

    private static String stripQuotes(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }

    private void removeQuietly(String key) {
        try {
            store.remove(key);
        } catch (Refusal unavailable) {
            LOG.warn("could not remove {} after a failed upload; the orphan sweep will", key);
        }
    }
}
