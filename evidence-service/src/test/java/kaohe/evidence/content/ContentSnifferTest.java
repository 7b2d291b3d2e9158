package kaohe.evidence.content;

import kaohe.evidence.content.ContentSniffer.Sniffed;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.stream.Stream;

import static kaohe.evidence.content.ContentSniffer.EMPTY_FILE;
import static kaohe.evidence.content.ContentSniffer.HEAD_BYTES;
import static kaohe.evidence.content.ContentSniffer.POLYGLOT;
import static kaohe.evidence.content.ContentSniffer.UNSUPPORTED_TYPE;
import static kaohe.evidence.content.Samples.ascii;
import static kaohe.evidence.content.Samples.concat;
import static kaohe.evidence.content.Samples.entries;
import static kaohe.evidence.content.Samples.utf8;
import static kaohe.evidence.content.Samples.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ContentSnifferTest {

    /** Sniffs a whole file the way an upload does: its first HEAD_BYTES bytes. */
    static Sniffed sniff(byte[] file) {
        byte[] head = Arrays.copyOf(file, Math.min(file.length, HEAD_BYTES));
        return ContentSniffer.sniff(head, head.length);
    }

    static void assertAccepted(byte[] file, EvidenceType type) {
        Sniffed sniffed = sniff(file);
        assertThat(sniffed.type()).isEqualTo(type);
        assertThat(sniffed.refusal()).isNull();
        assertThat(sniffed.isAccepted()).isTrue();
    }

    static void assertRefused(byte[] file, String refusal) {
        Sniffed sniffed = sniff(file);
        assertThat(sniffed.refusal()).isEqualTo(refusal);
        assertThat(sniffed.type()).isNull();
        assertThat(sniffed.isAccepted()).isFalse();
    }

    @Test
    void headBytesIs8K() {
        assertThat(HEAD_BYTES).isEqualTo(8192);
    }

    @Nested
    class Accepts {

        @Test
        void jpegFromImageIo() {
            assertAccepted(Samples.jpeg(64, 48), EvidenceType.JPEG);
        }

        @Test
        void largeNoisyJpegWhoseHeadIsAllEntropyData() {
            assertAccepted(Samples.encode(Samples.noise(800, 600, 1), "jpeg"), EvidenceType.JPEG);
        }

        @Test
        void pngFromImageIo() {
            assertAccepted(Samples.png(64, 48), EvidenceType.PNG);
            assertAccepted(Samples.encode(Samples.gradient(20, 20, BufferedImage.TYPE_INT_ARGB), "png"),
                    EvidenceType.PNG);
            assertAccepted(Samples.encode(Samples.noise(300, 300, 2), "png"), EvidenceType.PNG);
        }

        @Test
        void minimalPdf() {
            assertAccepted(Samples.pdf(), EvidenceType.PDF);
        }

        @Test
        void docxAndXlsxDeflatedWithDataDescriptors() {
            assertAccepted(Samples.docx(), EvidenceType.DOCX);
            assertAccepted(Samples.xlsx(), EvidenceType.XLSX);
        }

        @Test
        void docxAndXlsxStored() {
            assertAccepted(zip(true, entries("[Content_Types].xml", Samples.CONTENT_TYPES_DOCX,
                    "word/document.xml", "<w:document/>")), EvidenceType.DOCX);
            assertAccepted(zip(true, entries("[Content_Types].xml", Samples.CONTENT_TYPES_XLSX,
                    "xl/workbook.xml", "<workbook/>")), EvidenceType.XLSX);
        }

        @Test
        void byEntryNamesWhenContentTypesNameNoMainPart() {
            assertAccepted(zip(false, entries("[Content_Types].xml", Samples.CONTENT_TYPES_PLAIN,
                    "word/document.xml", "<w:document/>")), EvidenceType.DOCX);
            assertAccepted(zip(false, entries("[Content_Types].xml", Samples.CONTENT_TYPES_PLAIN,
                    "xl/workbook.xml", "<workbook/>")), EvidenceType.XLSX);
        }

        @Test
        void partNamesCaseInsensitivelyAsOpcDoes() {
            assertAccepted(zip(true, entries("[CONTENT_TYPES].XML", Samples.CONTENT_TYPES_PLAIN,
                    "Word/Document.xml", "<w:document/>")), EvidenceType.DOCX);
        }

        @Test
        void byContentTypesWhenTheFirstWordEntryLiesBeyondTheHead() {
            byte[] thumbnail = Samples.random(12_000, 3); // incompressible, stored early by some producers
            byte[] docx = zip(false, entries("[Content_Types].xml", Samples.CONTENT_TYPES_DOCX,
                    "_rels/.rels", Samples.RELS, "docProps/thumbnail.jpeg", thumbnail,
                    "word/document.xml", "<w:document/>"));
            byte[] xlsx = zip(false, entries("[Content_Types].xml", Samples.CONTENT_TYPES_XLSX,
                    "_rels/.rels", Samples.RELS, "docProps/thumbnail.jpeg", thumbnail,
                    "xl/workbook.xml", "<workbook/>"));
            assertAccepted(docx, EvidenceType.DOCX);
            assertAccepted(xlsx, EvidenceType.XLSX);
        }

        @Test
        void heicByMajorBrand() {
            assertAccepted(Samples.ftyp("heic", "mif1", "heic"), EvidenceType.HEIC);
            assertAccepted(Samples.ftyp("heix", "mif1", "heix"), EvidenceType.HEIC);
        }

        @Test
        void heicAsGenericMif1WithAnHevcBrand() {
            assertAccepted(Samples.ftyp("mif1", "mif1", "heic"), EvidenceType.HEIC);
            assertAccepted(Samples.ftyp("mif1", "mif1", "miaf", "heix"), EvidenceType.HEIC);
        }

        @Test
        void headBufferLargerThanLengthOnlyTheLengthCounts() {
            byte[] buffer = new byte[64 * 1024];
            byte[] jpeg = Samples.jpeg(16, 16);
            System.arraycopy(jpeg, 0, buffer, 0, jpeg.length);
            byte[] beyond = ascii("<html><script>");
            System.arraycopy(beyond, 0, buffer, jpeg.length + 10, beyond.length);
            assertThat(ContentSniffer.sniff(buffer, jpeg.length).type()).isEqualTo(EvidenceType.JPEG);
            // the way the upload calls it: a 64 KB head, at most HEAD_BYTES of it looked at
            byte[] big = Arrays.copyOf(Samples.encode(Samples.noise(600, 600, 4), "jpeg"), 64 * 1024);
            System.arraycopy(beyond, 0, big, 20_000, beyond.length);
            assertThat(ContentSniffer.sniff(big, Math.min(big.length, HEAD_BYTES)).type())
                    .isEqualTo(EvidenceType.JPEG);
        }

        @Test
        void onlyTheFirstHeadBytesAreLookedAtEvenIfMoreArePassed() {
            byte[] big = Arrays.copyOf(Samples.encode(Samples.noise(600, 600, 5), "jpeg"), 20_000);
            byte[] markup = ascii("<script>");
            System.arraycopy(markup, 0, big, HEAD_BYTES + 100, markup.length);
            assertThat(ContentSniffer.sniff(big, big.length).type()).isEqualTo(EvidenceType.JPEG);
        }
    }

    @Nested
    class RefusesEmpty {

        @Test
        void lengthZero() {
            assertThat(ContentSniffer.sniff(new byte[0], 0).refusal()).isEqualTo(EMPTY_FILE);
            assertThat(ContentSniffer.sniff(new byte[HEAD_BYTES], 0).refusal()).isEqualTo(EMPTY_FILE);
            assertThat(ContentSniffer.sniff(null, 0).refusal()).isEqualTo(EMPTY_FILE);
            assertThat(ContentSniffer.sniff(Samples.jpeg(8, 8), 0).type()).isNull();
        }
    }

    @Nested
    class RefusesUnsupported {

        static Stream<Arguments> notOnTheAllowList() {
            return Stream.of(
                    arguments("html", ascii("<!DOCTYPE html><html><body>hi</body></html>")),
                    arguments("html with BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            ascii("<html>"))),
                    arguments("svg", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")),
                    arguments("svg with xml declaration", ascii("<?xml version=\"1.0\"?>\n<svg/>")),
                    arguments("xml", ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><root/>")),
                    arguments("shell script", ascii("#!/bin/sh\nrm -rf /\n")),
                    arguments("php", ascii("<?php system($_GET['c']); ?>")),
                    arguments("javascript", ascii("alert(document.cookie)")),
                    arguments("windows executable", concat(ascii("MZ"), new byte[] {(byte) 0x90, 0, 3, 0},
                            Samples.random(200, 6))),
                    arguments("elf", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, Samples.random(200, 7))),
                    arguments("gif87a", ascii("GIF87a\u0001\u0000\u0001\u0000")),
                    arguments("gif89a", Samples.encode(Samples.gradient(8, 8, BufferedImage.TYPE_INT_RGB), "gif")),
                    arguments("bmp", Samples.encode(Samples.gradient(8, 8, BufferedImage.TYPE_INT_RGB), "bmp")),
                    arguments("tiff", concat(ascii("II*\u0000"), Samples.random(100, 8))),
                    arguments("webp", ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")),
                    arguments("plain text", ascii("just some notes\n")),
                    arguments("chinese text", utf8("长安区示范镇街验收\n")),
                    arguments("json", ascii("{\"a\":1}")),
                    arguments("rtf", ascii("{\\rtf1\\ansi hello}")),
                    arguments("ole2 doc/xls", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, new byte[504])),
                    arguments("gzip", concat(new byte[] {0x1F, (byte) 0x8B, 8, 0}, Samples.random(64, 9))),
                    arguments("rar", ascii("Rar!\u001A\u0007\u0001\u0000")),
                    arguments("random bytes", Samples.random(4096, 10)),
                    arguments("nul bytes", new byte[100]),
                    arguments("mp4", Samples.ftyp("isom", "isom", "iso2", "mp41")),
                    arguments("avif", Samples.ftyp("avif", "mif1", "miaf")),
                    arguments("mif1 without an hevc brand", Samples.ftyp("mif1", "mif1", "miaf")),
                    arguments("mif1 that is avif", Samples.ftyp("mif1", "mif1", "avif", "heic")),
                    arguments("pdf header not at offset 0", concat(ascii("junk before\n"), Samples.pdf())),
                    arguments("pdf header after a BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            Samples.pdf())),
                    arguments("jpeg SOI only", new byte[] {(byte) 0xFF, (byte) 0xD8}),
                    arguments("png signature cut short", Arrays.copyOf(Samples.png(4, 4), 6)),
                    arguments("%PDF cut short", ascii("%PDF")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("notOnTheAllowList")
        void notOnTheAllowList(String what, byte[] file) {
            assertRefused(file, UNSUPPORTED_TYPE);
        }

        static Stream<Arguments> zipsThatAreNotDocxOrXlsx() {
            return Stream.of(
                    arguments("plain zip", zip(false, entries("readme.txt", "hello", "photo.jpg", "x"))),
                    arguments("content types only", zip(false, entries("[Content_Types].xml",
                            Samples.CONTENT_TYPES_PLAIN, "_rels/.rels", Samples.RELS))),
                    arguments("word entries without content types", zip(false, entries(
                            "word/document.xml", "<w:document/>", "_rels/.rels", Samples.RELS))),
                    arguments("both word and xl by name", zip(false, entries("[Content_Types].xml",
                            Samples.CONTENT_TYPES_PLAIN, "word/document.xml", "<w:document/>",
                            "xl/workbook.xml", "<workbook/>"))),
                    arguments("pptx", zip(false, entries("[Content_Types].xml", Samples.CONTENT_TYPES_PLAIN,
                            "ppt/presentation.xml", "<p:presentation/>"))),
                    arguments("docm by vbaProject.bin", zip(false, entries("[Content_Types].xml",
                            Samples.CONTENT_TYPES_DOCX, "word/document.xml", "<w:document/>",
                            "word/vbaProject.bin", Samples.random(100, 11)))),
                    arguments("docm by content type", zip(false, entries("[Content_Types].xml",
                            Samples.CONTENT_TYPES_DOCX.replace(
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    "application/vnd.ms-word.document.macroEnabled.main+xml"),
                            "word/document.xml", "<w:document/>"))),
                    arguments("xlsm", zip(false, entries("[Content_Types].xml", Samples.CONTENT_TYPES_XLSX,
                            "xl/workbook.xml", "<workbook/>", "xl/vbaProject.bin", Samples.random(100, 12)))),
                    arguments("odt", zip(true, entries("mimetype", "application/vnd.oasis.opendocument.text",
                            "content.xml", "<office:document-content/>"))),
                    arguments("jar", zip(false, entries("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n",
                            "a/Main.class", Samples.random(64, 13)))),
                    arguments("zip header only", ascii("PK\u0003\u0004")),
                    arguments("empty zip", zip(false, entries())));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("zipsThatAreNotDocxOrXlsx")
        void zipsThatAreNotDocxOrXlsx(String what, byte[] file) {
            assertRefused(file, UNSUPPORTED_TYPE);
        }

        @Test
        void aStoredNestedWorkbookDoesNotMakeADocxAmbiguous() {
            byte[] nestedXlsx = zip(true, entries("[Content_Types].xml", Samples.CONTENT_TYPES_XLSX,
                    "xl/workbook.xml", "<workbook/>"));
            byte[] docx = zip(true, entries("[Content_Types].xml", Samples.CONTENT_TYPES_PLAIN,
                    "word/document.xml", "<w:document/>",
                    "word/embeddings/Microsoft_Excel_Worksheet.xlsx", nestedXlsx));
            assertAccepted(docx, EvidenceType.DOCX);
        }
    }

    @Nested
    class RefusesPolyglots {

        @ParameterizedTest
        @ValueSource(strings = {"<html>", "<HTML lang=zh>", "<script>alert(1)</script>", "<ScRiPt src=x>",
                "<svg onload=alert(1)>", "<?php system($_GET[0]); ?>", "<!doctype html>", "<!DOCTYPE html>",
                "<iframe src=x>", "<body onload=x>", "<object data=x>", "<embed src=x>"})
        void jpegWithMarkupInAComment(String markup) {
            assertRefused(Samples.jpegWithComment(Samples.jpeg(32, 32), ascii(markup)), POLYGLOT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"<html>", "<SCRIPT>", "<svg/>", "<?php", "<!DocType html>"})
        void pngWithMarkupInATextChunk(String markup) {
            assertRefused(Samples.pngWithText(Samples.png(32, 32), "Comment", ascii(markup)), POLYGLOT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"<html>", "<script>", "<svg>", "<?php", "<!doctype html>"})
        void pdfWithMarkup(String markup) {
            assertRefused(Samples.pdfWith("% " + markup + "\n"), POLYGLOT);
        }

        @Test
        void heicWithMarkup() {
            assertRefused(concat(Samples.ftyp("heic", "mif1", "heic"), ascii("<script>")), POLYGLOT);
        }

        @Test
        void docxWithMarkupInAStoredEntry() {
            assertRefused(zip(true, entries("[Content_Types].xml", Samples.CONTENT_TYPES_DOCX,
                    "word/document.xml", "<w:document/>", "word/x.htm", "<html><script>alert(1)</script>")),
                    POLYGLOT);
        }

        @Test
        void pdfHeaderWithinTheFirst1024BytesOfAJpeg() {
            byte[] jpeg = Samples.jpegWithComment(Samples.jpeg(32, 32), ascii("%PDF-1.4\n1 0 obj"));
            assertRefused(jpeg, POLYGLOT);
        }

        @Test
        void pdfHeaderEndingJustInsideTheWindow() {
            byte[] padding = new byte[1023 - 6];
            Arrays.fill(padding, (byte) 'a');
            byte[] atOffset1023 = Samples.jpegWithComment(Samples.jpeg(32, 32), concat(padding, ascii("%PDF-")));
            assertThat(new String(atOffset1023, 1023, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
            assertRefused(atOffset1023, POLYGLOT);
        }

        @Test
        void pdfHeaderInAPngOrDocx() {
            assertRefused(Samples.pngWithText(Samples.png(16, 16), "Comment", ascii("%PDF-1.7")), POLYGLOT);
            assertRefused(zip(true, entries("[Content_Types].xml", Samples.CONTENT_TYPES_DOCX,
                    "a.bin", "%PDF-1.7", "word/document.xml", "<w:document/>")), POLYGLOT);
        }

        @Test
        void zipLocalHeaderInAJpegOrPng() {
            byte[] zip = zip(false, entries("evil.jsp", "<% out.println(1); %>"));
            assertRefused(concat(Samples.jpeg(32, 32), zip), POLYGLOT);
            assertRefused(concat(Samples.png(32, 32), zip), POLYGLOT);
            assertRefused(Samples.jpegWithComment(Samples.jpeg(32, 32), ascii("PK\u0003\u0004")), POLYGLOT);
        }

        @Test
        void zipLocalHeaderInAPdfOrHeic() {
            byte[] zip = zip(false, entries("a.txt", "a"));
            assertRefused(concat(Samples.pdf(), zip), POLYGLOT);
            assertRefused(concat(Samples.ftyp("heic", "mif1", "heic"), zip), POLYGLOT);
        }
    }

    /** Honest limits, pinned so a change in behaviour is noticed (see the class comment). */
    @Nested
    class DoesNotDetect {

        @Test
        void aZipAppendedBeyondTheHeadOfALargeJpeg() {
            byte[] large = Samples.encode(Samples.noise(400, 400, 14), "jpeg");
            assertThat(large.length).isGreaterThan(HEAD_BYTES);
            assertAccepted(concat(large, zip(false, entries("evil.jsp", "x"))), EvidenceType.JPEG);
        }

        @Test
        void aPdfHeaderStartingAfterTheFirst1024Bytes() {
            byte[] padding = new byte[1024 - 6];
            Arrays.fill(padding, (byte) 'a');
            byte[] atOffset1024 = Samples.jpegWithComment(Samples.jpeg(32, 32), concat(padding, ascii("%PDF-")));
            assertThat(new String(atOffset1024, 1024, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
            assertAccepted(atOffset1024, EvidenceType.JPEG);
        }

        @Test
        void markupAfterTheHead() {
            byte[] large = Samples.encode(Samples.noise(400, 400, 15), "jpeg");
            byte[] withMarkup = Arrays.copyOf(large, large.length);
            byte[] markup = ascii("<script>");
            System.arraycopy(markup, 0, withMarkup, HEAD_BYTES + 1, markup.length);
            assertAccepted(withMarkup, EvidenceType.JPEG);
        }

        @Test
        void markupInUtf16OrInDeflatedStreams() {
            byte[] utf16 = "<html>".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            assertAccepted(Samples.jpegWithComment(Samples.jpeg(16, 16), utf16), EvidenceType.JPEG);
            assertAccepted(zip(false, entries("[Content_Types].xml", Samples.CONTENT_TYPES_DOCX,
                    "word/document.xml", "<w:document/>", "word/x.htm", "<html><script>")), EvidenceType.DOCX);
        }

        @Test
        void pdfJavaScriptIsAPdfFeatureNotAPolyglot() {
            assertAccepted(Samples.pdfWith("4 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n"),
                    EvidenceType.PDF);
        }
    }

    @Nested
    class Misuse {

        @Test
        void negativeLength() {
            assertThatThrownBy(() -> ContentSniffer.sniff(new byte[10], -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void lengthBeyondTheBuffer() {
            assertThatThrownBy(() -> ContentSniffer.sniff(new byte[10], 11))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void sniffedHoldsExactlyOneOfTypeAndRefusal() {
            assertThatThrownBy(() -> new Sniffed(null, null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Sniffed(EvidenceType.PDF, POLYGLOT))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(Sniffed.accepted(EvidenceType.PNG)).isEqualTo(new Sniffed(EvidenceType.PNG, null));
            assertThat(Sniffed.refused(EMPTY_FILE)).isEqualTo(new Sniffed(null, EMPTY_FILE));
        }
    }

    @Test
    void evidenceTypes() {
        assertThat(EvidenceType.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(EvidenceType.JPEG.extension()).isEqualTo("jpg");
        assertThat(EvidenceType.PNG.contentType()).isEqualTo("image/png");
        assertThat(EvidenceType.PNG.extension()).isEqualTo("png");
        assertThat(EvidenceType.HEIC.contentType()).isEqualTo("image/heic");
        assertThat(EvidenceType.HEIC.extension()).isEqualTo("heic");
        assertThat(EvidenceType.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(EvidenceType.PDF.extension()).isEqualTo("pdf");
        assertThat(EvidenceType.DOCX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceType.DOCX.extension()).isEqualTo("docx");
        assertThat(EvidenceType.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceType.XLSX.extension()).isEqualTo("xlsx");
        assertThat(Arrays.stream(EvidenceType.values()).filter(EvidenceType::photo))
                .containsExactlyInAnyOrder(EvidenceType.JPEG, EvidenceType.PNG, EvidenceType.HEIC);
    }
}
