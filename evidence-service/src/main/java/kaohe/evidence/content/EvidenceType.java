package kaohe.evidence.content;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of file accepted as evidence: the allow-list. A file's kind is decided by {@link ContentSniffer} from its
 * first bytes, never from its name or declared Content-Type; the content type and extension stored with it come from
 * here.
 */
public enum EvidenceType {

    JPEG("image/jpeg", "jpg", true, "jpeg"),
    PNG("image/png", "png", true),
    /** HEIF still image coded with HEVC (iPhone and many Android phones); recognised by its {@code ftyp} brand. */
    HEIC("image/heic", "heic", true),
    PDF("application/pdf", "pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);

    private final String contentType;
    private final String extension;
    private final boolean photo;
    private final Set<String> otherExtensions;

    EvidenceType(String contentType, String extension, boolean photo, String... otherExtensions) {
        this.contentType = contentType;
        this.extension = extension;
        this.photo = photo;
        this.otherExtensions = Set.of(otherExtensions);
    }

    /** The type stored with this content type (what {@link #contentType()} gave when it was stored). */
    public static EvidenceType of(String contentType) {
        for (EvidenceType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an evidence content type: " + contentType);
    }

    /** The media type to store and serve the object with. */
    public String contentType() {
        return contentType;
    }

    /** The file extension, without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** Whether {@code extension} (without the dot, any case) names this type: {@code jpeg} does JPEG too. */
    public boolean hasExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return lower.equals(this.extension) || otherExtensions.contains(lower);
    }

    /** Whether this is a photo (may carry EXIF capture time and GPS position). */
    public boolean photo() {
        return photo;
    }
}
