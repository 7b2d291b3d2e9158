package kaohe.evidence.content;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

/**
 * The width and height a photo's header states, read with nothing decoded beyond the header: proof that a file the
 * sniffer took for an image by its magic is one as far as its dimensions. JPEG and PNG go through the JDK's
 * {@code javax.imageio} reader of the detected type ({@code getWidth}/{@code getHeight} parse up to the JPEG's first
 * scan, the PNG's {@code IHDR}); the JDK has no HEIC reader, so HEIC's {@code ispe} property
 * ({@code meta → iprp → ipco → ispe}) is read from its boxes. Pixel data after the header is not checked: a photo
 * cut short in its scan still has dimensions.
 *
 * <p>Framework-free and stateless; never throws on bad bytes.
 */
public record ImageDimensions(int width, int height) {

    /** The dimensions stated in the first {@code length} bytes of an image of {@code type}; empty if none. */
    public static Optional<ImageDimensions> read(EvidenceType type, byte[] bytes, int length) {
        try {
            return switch (type) {
                case JPEG -> imageIo("jpeg", bytes, length);
                case PNG -> imageIo("png", bytes, length);
                case HEIC -> heic(bytes, length);
                default -> Optional.empty();
            };
        } catch (Exception | StackOverflowError corrupt) {
            // a corrupt header makes ImageIO throw anything from IIOException to ArrayIndexOutOfBoundsException
            return Optional.empty();
        }
    }

    private static Optional<ImageDimensions> imageIo(String format, byte[] bytes, int length) throws Exception {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes, 0, length))) {
            reader.setInput(input, true, true);
            return of(reader.getWidth(0), reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    /** ISO-BMFF: {@code meta} is a full box (4 bytes of version and flags before its children), so is {@code ispe}. */
    private static Optional<ImageDimensions> heic(byte[] b, int n) {
        int[] meta = child(b, 0, n, "meta");
        int[] iprp = meta == null ? null : child(b, meta[0] + 4, meta[1], "iprp");
        int[] ipco = iprp == null ? null : child(b, iprp[0], iprp[1], "ipco");
        int[] ispe = ipco == null ? null : child(b, ipco[0], ipco[1], "ispe");
        if (ispe == null || ispe[1] - ispe[0] < 12) {
            return Optional.empty();
        }
        return of(u32(b, ispe[0] + 4), u32(b, ispe[0] + 8));
    }

    /** The content range {start, end} of the first box of {@code type} among the boxes in [from, to), whole only. */
    private static int[] child(byte[] b, int from, int to, String type) {
        byte[] wanted = type.getBytes(StandardCharsets.ISO_8859_1);
        int at = from;
        while (at + 8 <= to) {
            long size = u32(b, at);
            int header = 8;
            if (size == 1 && at + 16 <= to) {
                size = u32(b, at + 8) << 32 | u32(b, at + 12);
                header = 16;
            } else if (size == 0) {
                size = to - at;
            }
            if (size < header || at + size > to) {
                return null;
            }
            if (b[at + 4] == wanted[0] && b[at + 5] == wanted[1] && b[at + 6] == wanted[2] && b[at + 7] == wanted[3]) {
                return new int[] {at + header, (int) (at + size)};
            }
            at += (int) size;
        }
        return null;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static Optional<ImageDimensions> of(long width, long height) {
        boolean plausible = width > 0 && height > 0 && width <= Integer.MAX_VALUE && height <= Integer.MAX_VALUE;
        return plausible ? Optional.of(new ImageDimensions((int) width, (int) height)) : Optional.empty();
    }
}
