package kaohe.evidence.content;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test files made in code: images through ImageIO, PDFs and ZIP-based Office files by hand. */
public final class Samples {

    public static final String CONTENT_TYPES_DOCX = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>""";
    public static final String CONTENT_TYPES_XLSX = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            </Types>""";
    /** Content types that name no main part (so only the entry names can decide). */
    public static final String CONTENT_TYPES_PLAIN = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>""";
    public static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>""";

    private Samples() {
    }

    // ------------------------------------------------------------------------------------------ images

    public static BufferedImage gradient(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < height; y += Math.max(1, height / 16)) {
            g.setColor(new Color((y * 255 / Math.max(1, height)) & 0xFF, 120, 200));
            g.fillRect(0, y, width, Math.max(1, height / 16));
        }
        g.setColor(Color.RED);
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        return image;
    }

    public static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(int width, int height) {
        return encode(gradient(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(gradient(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** A JPEG with a COM (comment) segment right after SOI: how markup gets into a real JPEG. */
    public static byte[] jpegWithComment(byte[] jpeg, byte[] comment) {
        return insertJpegSegment(jpeg, 0xFE, comment);
    }

    /** Inserts a marker segment right after SOI. */
    public static byte[] insertJpegSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
        out.put(jpeg, 0, 2);
        out.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A PNG with a tEXt chunk right after IHDR. */
    public static byte[] pngWithText(byte[] png, String keyword, byte[] text) {
        byte[] data = concat(keyword.getBytes(StandardCharsets.ISO_8859_1), new byte[] {0}, text);
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        return concat(Arrays.copyOf(png, afterIhdr), pngChunk("tEXt", data),
                Arrays.copyOfRange(png, afterIhdr, png.length));
    }

    public static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** A PNG that only claims its size: signature, IHDR, a tiny IDAT, IEND (for decompression-bomb checks). */
    public static byte[] pngClaiming(int width, int height) {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        byte[] idat = {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01};
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                pngChunk("IHDR", ihdr), pngChunk("IDAT", idat), pngChunk("IEND", new byte[0]));
    }

    // ------------------------------------------------------------------------------------------ documents

    /** The smallest PDF readers open: header, catalog, pages, page, xref, trailer. */
    public static byte[] pdf() {
        return ascii("""
                %PDF-1.4
                %\u00e2\u00e3\u00cf\u00d3
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
                xref
                0 4
                0000000000 65535 f\s
                0000000015 00000 n\s
                0000000064 00000 n\s
                0000000121 00000 n\s
                trailer << /Size 4 /Root 1 0 R >>
                startxref
                190
                %%EOF
                """);
    }

    public static byte[] pdfWith(String extra) {
        return concat(pdf(), ascii(extra));
    }

    /** A minimal DOCX: content types, package rels, the main document. Deflated (with data descriptors). */
    public static byte[] docx() {
        return zip(false, entries(
                "[Content_Types].xml", CONTENT_TYPES_DOCX,
                "_rels/.rels", RELS,
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                        + "2006/main\"><w:body><w:p><w:r><w:t>长安区</w:t></w:r></w:p></w:body></w:document>"));
    }

    /** A minimal XLSX: content types, package rels, the workbook. Deflated (with data descriptors). */
    public static byte[] xlsx() {
        return zip(false, entries(
                "[Content_Types].xml", CONTENT_TYPES_XLSX,
                "_rels/.rels", RELS,
                "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\"/></sheets></workbook>"));
    }

    public static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            entries.put((String) nameThenContent[i],
                    content instanceof byte[] bytes ? bytes : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    /** A ZIP of the entries in order, each deflated (sizes in data descriptors) or stored (sizes in the header). */
    public static byte[] zip(boolean stored, Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (var entry : entries.entrySet()) {
                    ZipEntry zipEntry = new ZipEntry(entry.getKey());
                    if (stored) {
                        CRC32 crc = new CRC32();
                        crc.update(entry.getValue());
                        zipEntry.setMethod(ZipEntry.STORED);
                        zipEntry.setSize(entry.getValue().length);
                        zipEntry.setCompressedSize(entry.getValue().length);
                        zipEntry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(zipEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ISO-BMFF ftyp box (what HEIC/AVIF/MP4 files start with) followed by an empty meta box. */
    public static byte[] ftyp(String major, String... compatible) {
        ByteBuffer box = ByteBuffer.allocate(16 + 4 * compatible.length + 12);
        box.putInt(16 + 4 * compatible.length).put(ascii("ftyp")).put(ascii(major)).putInt(0);
        for (String brand : compatible) {
            box.put(ascii(brand));
        }
        box.putInt(12).put(ascii("meta")).putInt(0);
        return box.array();
    }

    /**
     * The boxes of a HEIC that state its size: {@code ftyp}, then {@code meta} (a full box) holding
     * {@code iprp → ipco → ispe}; a few bytes stand in for the coded image in {@code mdat}.
     */
    public static byte[] heic(int width, int height) {
        byte[] ispe = box("ispe", ByteBuffer.allocate(12).putInt(0).putInt(width).putInt(height).array());
        byte[] meta = box("meta", concat(new byte[4], box("iprp", box("ipco", ispe))));
        return concat(Arrays.copyOf(ftyp("heic", "mif1", "heic"), 24), meta, box("mdat", random(64, width)));
    }

    private static byte[] box(String type, byte[] content) {
        return ByteBuffer.allocate(8 + content.length).putInt(8 + content.length).put(ascii(type)).put(content)
                .array();
    }

    // ------------------------------------------------------------------------------------------ bytes

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }
}
