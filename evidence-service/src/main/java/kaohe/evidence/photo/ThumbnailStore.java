package kaohe.evidence.photo;

import kaohe.evidence.evidence.query.EvidenceQueries;
import kaohe.evidence.storage.ObjectStore;
import kaohe.platform.command.Refusal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Thumbnails for dashboards, made the first time one is asked for and kept beside the evidence
 * ({@code thumbnails/<id>.jpg}); uploads stay streaming because nothing is decoded while they run.
 */
public class ThumbnailStore {

    static final int MAX_SIDE = 320;

    private final ObjectStore store;

    public ThumbnailStore(ObjectStore store) {
        this.store = store;
    }

    public byte[] of(EvidenceQueries.StoredObject evidence) {
        if (!evidence.photo()) {
            throw Refusal.notFound("no-thumbnail", evidence.evidenceId());
        }
        String key = "thumbnails/" + evidence.evidenceId() + ".jpg";
        if (store.stat(key).isPresent()) {
            return read(key);
        }
        byte[] thumbnail;
        try (InputStream original = store.get(evidence.objectKey())) {
            thumbnail = Thumbnails.jpeg(original, MAX_SIDE);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (thumbnail == null) {
            throw Refusal.notFound("no-thumbnail", evidence.evidenceId());
        }
        store.put(key, new ByteArrayInputStream(thumbnail), thumbnail.length, "image/jpeg");
        return thumbnail;
    }

    private byte[] read(String key) {
        try (InputStream in = store.get(key)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
