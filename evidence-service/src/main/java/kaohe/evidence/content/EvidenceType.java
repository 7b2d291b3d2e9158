package kaohe.evidence.content;

/**
 * The kinds of file accepted as evidence: the allow-list. A file's kind is decided by {@link ContentSniffer} from its
 * first bytes, never from its name or declared Content-Type; the content type and extension stored with it come from
 * here.
 */
public enum EvidenceType {

    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    /** HEIF still image coded with HEVC (iPhone and many Android phones); recognised by its {@code ftyp} brand. */
    HEIC("image/heic", "heic", true),
    PDF("application/pdf", "pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);

    private final String contentType;
    private final String extension;
    private final boolean photo;

    EvidenceType(String contentType, String extension, boolean photo) {
        this.contentType = contentType;
        this.extension = extension;
        this.photo = photo;
    }

    /** The media type to store and serve the object with. */
    public String contentType() {
        return contentType;
    }

    /** The file extension, without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** Whether this is a photo (may carry EXIF capture time and GPS position). */
    public boolean photo() {
        return photo;
    }
}
