package kaohe.evidence.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decides what a file is from its first bytes (its "head", at most {@link #HEAD_BYTES}), never from its name or the
 * Content-Type the client declared, and refuses anything not on the allow-list ({@link EvidenceType}).
 *
 * <h2>What is recognised</h2>
 * <ul>
 *   <li>JPEG: {@code FF D8 FF} at offset 0.</li>
 *   <li>PNG: the 8-byte PNG signature at offset 0.</li>
 *   <li>PDF: {@code %PDF-} at offset 0 only. PDF readers tolerate junk before the header (Acrobat looks in the first
 *       1024 bytes); such a file is refused {@code unsupported-type} rather than guessed at.</li>
 *   <li>DOCX / XLSX: a ZIP ({@code PK\3\4} at offset 0) whose local file headers inside the head include
 *       {@code [Content_Types].xml} and entries under {@code word/} (DOCX) or {@code xl/} (XLSX), names compared
 *       case-insensitively as OPC does. If {@code [Content_Types].xml} (normally the first entry) is wholly or partly
 *       inside the head it is inflated (at most 64 KB) and its main-part content type decides, which also covers
 *       files whose first {@code word/}/{@code xl/} entry lies beyond the head. Macro-enabled documents
 *       ({@code vbaProject.bin} entry or a {@code macroEnabled} content type) and a ZIP that is neither, or looks
 *       like both, are refused {@code unsupported-type}.</li>
 *   <li>HEIC: an ISO-BMFF {@code ftyp} box at offset 0 whose major brand is {@code heic} or {@code heix}, or whose
 *       major brand is the generic {@code mif1} with {@code heic}/{@code heix} among the compatible brands (and no
 *       {@code avif}). A bare {@code mif1} says nothing about the codec (AVIF uses it too) and is refused.</li>
 * </ul>
 * Everything else is refused {@code unsupported-type}: HTML, SVG/XML, scripts, executables (MZ, ELF), GIF, WebP,
 * AVIF, video, plain text, other ZIPs, OLE2 {@code .doc}/{@code .xls}, …
 *
 * <h2>Polyglots</h2>
 * An allowed type is refused {@code polyglot} when its head (the first {@code length} bytes, at most 8 KB) also
 * carries the marker of another active type:
 * <ul>
 *   <li>markup that a browser or server would act on, ASCII case-insensitive, anywhere in the head:
 *       {@code <html}, {@code <script}, {@code <svg}, {@code <?php}, {@code <!doctype}, {@code <iframe},
 *       {@code <body}, {@code <object}, {@code <embed} (none of these can occur in PDF hex strings, since each
 *       contains a non-hex letter);</li>
 *   <li>{@code %PDF-} starting within the first 1024 bytes of a non-PDF (a PDF reader would open it as PDF);</li>
 *   <li>a ZIP local file header {@code PK\3\4} anywhere in the head of a JPEG, PNG, HEIC or PDF (JAR/ZIP
 *       polyglots).</li>
 * </ul>
 *
 * <h2>What is not detected</h2>
 * <ul>
 *   <li>Anything beyond the head: a ZIP/JAR appended after the image data of a large JPEG, a PDF with HTML or a
 *       ZIP after the first 8 KB, markup in a later PNG chunk. The head is all this class sees.</li>
 *   <li>Markup inside compressed data (deflated PNG/ZIP streams, PDF object streams), in UTF-16, or split by
 *       characters a browser would ignore; markers other than the ones listed (short tags such as {@code <a},
 *       {@code <p} would refuse honest binary files by chance).</li>
 *   <li>Active content that is a feature of the allowed type itself: PDF JavaScript ({@code /JS}, {@code /OpenAction}),
 *       OLE objects or external links in DOCX/XLSX, ActiveX.</li>
 *   <li>Whether the file is well-formed beyond its magic: a JPEG header followed by garbage is still "JPEG". Decoding
 *       (e.g. making a thumbnail) is where that shows.</li>
 * </ul>
 * Serve stored objects with the stored content type, {@code X-Content-Type-Options: nosniff} and
 * {@code Content-Disposition: attachment} regardless; this class narrows what gets stored, it is not the only guard.
 *
 * <p>Framework-free and stateless; safe for concurrent use.
 */
public final class ContentSniffer {

    /**
     * How many leading bytes {@link #sniff} looks at; callers pass at most this many (more are ignored). Not more,
     * because every byte searched is a chance for compressed photo data to carry a marker: the markers together
     * (chiefly {@code <svg} in any case, 8 in 2³², and {@code PK\3\4}) match a random position with odds of about
     * 2.1 in 10⁹, so an honest photo is refused {@code polyglot} about once in 58,000 at 8 KB but once in 7,300 at
     * 64 KB, while markup placed past any fixed window goes unseen either way.
     */
    public static final int HEAD_BYTES = 8192;

    /** Refusal: the file has no bytes. */
    public static final String EMPTY_FILE = "empty-file";
    /** Refusal: the file is not one of the {@link EvidenceType}s. */
    public static final String UNSUPPORTED_TYPE = "unsupported-type";
    /** Refusal: the file is an allowed type but its head also carries markers of another active type. */
    public static final String POLYGLOT = "polyglot";

    /** Acrobat looks for {@code %PDF} within the first 1024 bytes. */
    static final int PDF_HEADER_WINDOW = 1024;
    /** Upper bound for inflating {@code [Content_Types].xml}: the ones real documents carry are a few KB. */
    private static final int CONTENT_TYPES_MAX_BYTES = 64 * 1024;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] ZIP_LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final byte[][] ACTIVE_MARKUP = {
            ascii("<html"), ascii("<script"), ascii("<svg"), ascii("<?php"), ascii("<!doctype"),
            ascii("<iframe"), ascii("<body"), ascii("<object"), ascii("<embed")};

    private static final String CONTENT_TYPES_PART = "[content_types].xml";
    private static final String WORD_MAIN = "wordprocessingml.document.main+xml";
    private static final String XL_MAIN = "spreadsheetml.sheet.main+xml";

    private ContentSniffer() {
    }

    /**
     * The outcome: either a type (accepted) or a refusal code ({@link #EMPTY_FILE}, {@link #UNSUPPORTED_TYPE},
     * {@link #POLYGLOT}), never both.
     */
    public record Sniffed(EvidenceType type, String refusal) {

        public Sniffed {
            if ((type == null) == (refusal == null)) {
                throw new IllegalArgumentException("exactly one of type and refusal must be given");
            }
        }

        public static Sniffed accepted(EvidenceType type) {
            return new Sniffed(Objects.requireNonNull(type, "type"), null);
        }

        public static Sniffed refused(String refusal) {
            return new Sniffed(null, Objects.requireNonNull(refusal, "refusal"));
        }

        public boolean isAccepted() {
            return type != null;
        }
    }

    /**
     * Decides the type of a file from its first bytes.
     *
     * @param head   the first bytes of the file; may be a larger buffer than {@code length}
     * @param length how many bytes of {@code head} are the file's (0 for an empty file); only the first
     *               {@link #HEAD_BYTES} of them are looked at
     * @return the accepted type, or the refusal
     * @throws IllegalArgumentException if {@code length} is negative or larger than {@code head}
     */
    public static Sniffed sniff(byte[] head, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        if (length == 0) {
            return Sniffed.refused(EMPTY_FILE);
        }
        Objects.requireNonNull(head, "head");
        if (length > head.length) {
            throw new IllegalArgumentException("length " + length + " exceeds the buffer of " + head.length);
        }
        int n = Math.min(length, HEAD_BYTES);
        EvidenceType type = recognise(head, n);
        if (type == null) {
            return Sniffed.refused(UNSUPPORTED_TYPE);
        }
        if (carriesAnotherActiveType(type, head, n)) {
            return Sniffed.refused(POLYGLOT);
        }
        return Sniffed.accepted(type);
    }

    private static EvidenceType recognise(byte[] h, int n) {
        if (startsWith(h, n, JPEG_MAGIC)) {
            return EvidenceType.JPEG;
        }
        if (startsWith(h, n, PNG_MAGIC)) {
            return EvidenceType.PNG;
        }
        if (startsWith(h, n, PDF_MAGIC)) {
            return EvidenceType.PDF;
        }
        if (startsWith(h, n, ZIP_LOCAL_HEADER)) {
            return officeDocument(h, n);
        }
        if (isHeic(h, n)) {
            return EvidenceType.HEIC;
        }
        return null;
    }

    private static boolean carriesAnotherActiveType(EvidenceType type, byte[] h, int n) {
        for (byte[] marker : ACTIVE_MARKUP) {
            if (indexOf(h, 0, n, marker, true) >= 0) {
                return true;
            }
        }
        if (type != EvidenceType.PDF) {
            int window = Math.min(n, PDF_HEADER_WINDOW - 1 + PDF_MAGIC.length);
            if (indexOf(h, 0, window, PDF_MAGIC, false) >= 0) {
                return true;
            }
        }
        boolean zipBased = type == EvidenceType.DOCX || type == EvidenceType.XLSX;
        return !zipBased && indexOf(h, 0, n, ZIP_LOCAL_HEADER, false) >= 0;
    }

    // ---------------------------------------------------------------------------------------------- OOXML

    /**
     * Walks the ZIP local file headers inside the head. Where an entry's compressed size is known the walk jumps over
     * its data (so a stored nested ZIP is not mistaken for entries of this one); where it is not (data descriptor,
     * bit 3) it searches for the next {@code PK\3\4}.
     */
    private static EvidenceType officeDocument(byte[] h, int n) {
        boolean contentTypes = false;
        boolean word = false;
        boolean xl = false;
        boolean macros = false;
        String contentTypesXml = "";
        int at = 0;
        while (at >= 0 && at + 30 <= n) {
            int flags = u16le(h, at + 6);
            int method = u16le(h, at + 8);
            long compressedSize = u32le(h, at + 18);
            int nameLength = u16le(h, at + 26);
            int extraLength = u16le(h, at + 28);
            int nameStart = at + 30;
            if (nameLength == 0 || nameStart + nameLength > n) {
                break;
            }
            boolean utf8 = (flags & 0x800) != 0;
            String name = new String(h, nameStart, nameLength,
                    utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            int dataStart = nameStart + nameLength + extraLength;
            if (name.equals(CONTENT_TYPES_PART)) {
                contentTypes = true;
                contentTypesXml = inflatePart(h, n, dataStart, method, compressedSize).toLowerCase(Locale.ROOT);
            } else if (name.startsWith("word/")) {
                word = true;
            } else if (name.startsWith("xl/")) {
                xl = true;
            }
            if (name.endsWith("vbaproject.bin")) {
                macros = true;
            }
            boolean sizeKnown = (flags & 0x8) == 0 || compressedSize > 0;
            long next = (long) dataStart + compressedSize;
            if (sizeKnown && next + 4 > n) {
                break;
            }
            if (sizeKnown && startsWith(h, (int) next, n, ZIP_LOCAL_HEADER)) {
                at = (int) next;
            } else if (sizeKnown) {
                at = indexOf(h, (int) next, n, ZIP_LOCAL_HEADER, false); // e.g. after a data descriptor
            } else {
                at = indexOf(h, Math.min(dataStart, n), n, ZIP_LOCAL_HEADER, false);
            }
        }
        if (!contentTypes || macros
                || contentTypesXml.contains("macroenabled") || contentTypesXml.contains("vbaproject")) {
            return null;
        }
        boolean declaredWord = contentTypesXml.contains(WORD_MAIN);
        boolean declaredXl = contentTypesXml.contains(XL_MAIN);
        if (declaredWord != declaredXl) {
            return declaredWord ? EvidenceType.DOCX : EvidenceType.XLSX;
        }
        if (declaredWord || word == xl) {
            return null;
        }
        return word ? EvidenceType.DOCX : EvidenceType.XLSX;
    }

    /** The text of a stored or deflated entry as far as the head holds it (possibly partial); "" if unreadable. */
    private static String inflatePart(byte[] h, int n, int dataStart, int method, long compressedSize) {
        if (dataStart >= n) {
            return "";
        }
        int end = compressedSize > 0 ? (int) Math.min(n, dataStart + compressedSize) : n;
        if (method == 0) {
            int len = Math.min(end - dataStart, CONTENT_TYPES_MAX_BYTES);
            return new String(h, dataStart, len, StandardCharsets.UTF_8);
        }
        if (method != 8) {
            return "";
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(h, dataStart, end - dataStart);
            byte[] out = new byte[CONTENT_TYPES_MAX_BYTES];
            int total = 0;
            while (total < out.length && !inflater.finished()) {
                int got = inflater.inflate(out, total, out.length - total);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                total += got;
            }
            return new String(out, 0, total, StandardCharsets.UTF_8);
        } catch (DataFormatException corrupt) {
            return "";
        } finally {
            inflater.end();
        }
    }

    // ---------------------------------------------------------------------------------------------- HEIC

    private static boolean isHeic(byte[] h, int n) {
        if (n < 16 || h[4] != 'f' || h[5] != 't' || h[6] != 'y' || h[7] != 'p') {
            return false;
        }
        long boxSize = u32be(h, 0);
        if (boxSize < 16 || boxSize > 4096 || boxSize % 4 != 0) {
            return false;
        }
        String major = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
        if (major.equals("heic") || major.equals("heix")) {
            return true;
        }
        if (!major.equals("mif1")) {
            return false;
        }
        boolean hevc = false;
        int end = (int) Math.min(boxSize, n);
        for (int i = 16; i + 4 <= end; i += 4) {
            String brand = new String(h, i, 4, StandardCharsets.ISO_8859_1);
            if (brand.equals("avif") || brand.equals("avis")) {
                return false;
            }
            hevc |= brand.equals("heic") || brand.equals("heix");
        }
        return hevc;
    }

    // ---------------------------------------------------------------------------------------------- bytes

    private static boolean startsWith(byte[] h, int n, byte[] prefix) {
        return startsWith(h, 0, n, prefix);
    }

    private static boolean startsWith(byte[] h, int at, int n, byte[] prefix) {
        if (at < 0 || at + prefix.length > n) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (h[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** First index {@code >= from} where {@code needle} lies wholly before {@code end}; -1 if none. */
    static int indexOf(byte[] h, int from, int end, byte[] needle, boolean ignoreAsciiCase) {
        int last = end - needle.length;
        outer:
        for (int i = Math.max(from, 0); i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                byte b = h[i + j];
                if (ignoreAsciiCase && b >= 'A' && b <= 'Z') {
                    b = (byte) (b + ('a' - 'A'));
                }
                if (b != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int u16le(byte[] h, int at) {
        return (h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8;
    }

    private static long u32le(byte[] h, int at) {
        return (h[at] & 0xFFL) | (h[at + 1] & 0xFFL) << 8 | (h[at + 2] & 0xFFL) << 16 | (h[at + 3] & 0xFFL) << 24;
    }

    private static long u32be(byte[] h, int at) {
        return (h[at] & 0xFFL) << 24 | (h[at + 1] & 0xFFL) << 16 | (h[at + 2] & 0xFFL) << 8 | (h[at + 3] & 0xFFL);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
