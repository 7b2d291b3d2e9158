package kaohe.evidence.content;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static kaohe.evidence.content.FileNames.decodeHeader;
import static kaohe.evidence.content.FileNames.forDownload;
import static kaohe.evidence.content.FileNames.sanitise;
import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Nested
    class KeepsChineseNamesIntact {

        @ParameterizedTest
        @ValueSource(strings = {"长安区示范镇街验收.jpg", "2020年第二季度（一）工作台账.xlsx", "市审批发〔2020〕14号.pdf",
                "目标责任考核·督办、赋分.docx", "照片 01.jpeg",
                "photo.jpg", "report-2020_Q2 (final).pdf", "e-mail@kaohe.png", "100% 完成.png", "a+b=c.jpg"})
        void unchanged(String name) {
            assertThat(sanitise(name)).isEqualTo(name);
        }

        @Test
        void fullWidthLookalikesAreOrdinaryCharacters() {
            assertThat(sanitise("2020／06／验收＼一.jpg")).isEqualTo("2020／06／验收＼一.jpg");
            assertThat(sanitise("验收：第一批.jpg")).isEqualTo("验收：第一批.jpg"); // full-width colon stays
        }

        @Test
        void decomposedNamesFromMacOsAreComposed() {
            assertThat(sanitise("cafe\u0301.jpg")).isEqualTo("caf\u00e9.jpg");
        }
    }

    @Nested
    class StripsPaths {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "../../etc/passwd|passwd",
                "..\\..\\windows\\win.ini|win.ini",
                "/var/tmp/photo.jpg|photo.jpg",
                "C:\\Users\\张三\\Desktop\\长安区示范镇街验收.jpg|长安区示范镇街验收.jpg",
                "a/b\\c/d\\e.pdf|e.pdf",
                "\\\\server\\share\\台账.xlsx|台账.xlsx",
                "C:evil.jpg|Cevil.jpg",
                "photo.jpg/..|未命名",
                "dir/|未命名",
                "/|未命名",
                "..|未命名"})
        void keepsOnlyTheLastSegment(String raw, String expected) {
            assertThat(sanitise(raw)).isEqualTo(expected);
        }
    }

    @Nested
    class RemovesInvisibleCharacters {

        @Test
        void nulAndControlCharacters() {
            assertThat(sanitise("pho\u0000to.jpg")).isEqualTo("photo.jpg");
            assertThat(sanitise("photo.jpg\u0000.exe")).isEqualTo("photo.jpg.exe");
            assertThat(sanitise("a\r\nSet-Cookie: x=1\r\n.jpg")).isEqualTo("aSet-Cookie x=1.jpg");
            assertThat(sanitise("\tname\u0007\u001b[31m.jpg")).isEqualTo("name[31m.jpg");
            assertThat(sanitise("del\u007f.jpg")).isEqualTo("del.jpg");
            assertThat(sanitise("c1\u0085\u009b.jpg")).isEqualTo("c1.jpg");
        }

        @Test
        void rightToLeftOverrideCannotMasquerade() {
            assertThat(sanitise("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\uFEFF", "\u2028", "\u2029"})
        void bidiControlsAndInvisibles(String invisible) {
            assertThat(sanitise("验收" + invisible + "照片.jpg" + invisible)).isEqualTo("验收照片.jpg");
        }

        @Test
        void unpairedSurrogatesGoSurrogatePairsStay() {
            assertThat(sanitise("a\uD800b.jpg")).isEqualTo("ab.jpg");
            assertThat(sanitise("a\uDC00b.jpg")).isEqualTo("ab.jpg");
            assertThat(sanitise("现场\uD83D\uDCF7.jpg")).isEqualTo("现场\uD83D\uDCF7.jpg");
        }
    }

    @Nested
    class TrimsSpacesAndDots {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "'  photo.jpg  '|photo.jpg",
                "...photo.jpg...|photo.jpg",
                "'. . photo.jpg . .'|photo.jpg",
                ".bashrc|bashrc",
                "'photo.jpg '|photo.jpg",
                "'\u3000验收.jpg\u3000'|验收.jpg",
                "'\u00a0验收.jpg\u00a0'|验收.jpg"})
        void atBothEnds(String raw, String expected) {
            assertThat(sanitise(raw)).isEqualTo(expected);
        }

        @Test
        void innerSpacesAndDotsStay() {
            assertThat(sanitise("a  b..c.tar.gz")).isEqualTo("a  b..c.tar.gz");
        }
    }

    @Nested
    class WindowsNames {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "CON|_CON", "con|_con", "Con.txt|_Con.txt", "PRN|_PRN", "prn.pdf|_prn.pdf", "AUX|_AUX",
                "aux.jpg|_aux.jpg", "NUL|_NUL", "nul.tar.gz|_nul.tar.gz", "COM1|_COM1", "com5.jpg|_com5.jpg",
                "COM9.docx|_COM9.docx", "LPT1|_LPT1", "lpt9.xlsx|_lpt9.xlsx", "Lpt3.PNG|_Lpt3.PNG",
                "'CON .txt'|'_CON .txt'", "'  con.jpg  '|_con.jpg", "CON.|_CON", "COM\u00b9.jpg|_COM\u00b9.jpg",
                "CONIN$|_CONIN$"})
        void reservedDeviceNamesArePrefixed(String raw, String expected) {
            assertThat(sanitise(raw)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CONSOLE.txt", "COM10.txt", "LPT.jpg", "NULL.jpg", "icon.png", "aux-files.pdf",
                "com.example.jpg", "prn1.pdf", "con_tract.docx"})
        void similarNamesAreLeftAlone(String name) {
            assertThat(sanitise(name)).isEqualTo(name);
        }

        @Test
        void forbiddenCharactersAreRemoved() {
            assertThat(sanitise("a<b>c:d\"e|f?g*h.jpg")).isEqualTo("abcdefgh.jpg");
            assertThat(sanitise("file.txt:hidden-stream")).isEqualTo("file.txthidden-stream");
        }
    }

    @Nested
    class CapsTheLength {

        @Test
        void keepsTheExtension() {
            String name = sanitise("a".repeat(300) + ".jpg");
            assertThat(name).hasSize(200).endsWith("aaa.jpg").startsWith("aaa");
        }

        @Test
        void countsCodePointsChineseIncluded() {
            String name = sanitise("验".repeat(300) + ".docx");
            assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
            assertThat(name).isEqualTo("验".repeat(195) + ".docx");
        }

        @Test
        void doesNotSplitSurrogatePairs() {
            String name = sanitise("\uD83D\uDCF7".repeat(250) + ".png");
            assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
            assertThat(name).endsWith(".png");
            assertThat(name.chars().filter(c -> Character.isSurrogate((char) c)).count()).isEqualTo(2 * 196);
        }

        @Test
        void exactly200IsKept() {
            String name = "b".repeat(196) + ".pdf";
            assertThat(sanitise(name)).isEqualTo(name);
        }

        @Test
        void aLongTailIsNotAnExtension() {
            String name = sanitise("x." + "y".repeat(300));
            assertThat(name).hasSize(200).isEqualTo("x." + "y".repeat(198));
        }

        @Test
        void noExtension() {
            assertThat(sanitise("z".repeat(500))).isEqualTo("z".repeat(200));
        }

        @Test
        void trailingSpacesAndDotsLeftByTheCutAreTrimmed() {
            String name = sanitise("a".repeat(190) + " . . . . . . . ." + "b".repeat(20) + ".jpg");
            assertThat(name).isEqualTo("a".repeat(190) + ".jpg");
        }
    }

    @Nested
    class Unnamed {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\t\n", ".", "...", " . . ", "\u202E", "\u0000\u0000", "<>:\"|?*",
                "../", "..\\..\\", "\u3000", "\u200B\uFEFF"})
        void whenNothingIsLeft(String raw) {
            assertThat(sanitise(raw)).isEqualTo("未命名").isEqualTo(FileNames.UNNAMED);
        }
    }

    @Nested
    class DecodesTheHeader {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "%E9%95%BF%E5%AE%89%E5%8C%BA%E7%A4%BA%E8%8C%83%E9%95%87%E8%A1%97%E9%AA%8C%E6%94%B6.jpg|长安区示范镇街验收.jpg",
                "%e9%95%bf%e5%ae%89.jpg|长安.jpg",
                "UTF-8''%E9%95%BF%E5%AE%89.jpg|长安.jpg",
                "utf-8''photo.jpg|photo.jpg",
                "photo%20one.jpg|photo one.jpg",
                "a+b.jpg|a+b.jpg",
                "100%25.jpg|100%.jpg",
                "%E9%95%BF安.jpg|长安.jpg",
                "plain.jpg|plain.jpg",
                "长安区.jpg|长安区.jpg",
                "caf\u00e9.jpg|caf\u00e9.jpg"})
        void percentEncodedUtf8(String header, String expected) {
            assertThat(decodeHeader(header)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"100%.jpg", "%", "%Z1.jpg", "%1", "abc%G0", "%E9%95.jpg", "%FF.jpg", "%C0%AF.jpg",
                "%ED%A0%80.jpg"})
        void malformedIsTakenAsRawText(String header) {
            assertThat(decodeHeader(header)).isEqualTo(header);
        }

        @Test
        void nullStaysNull() {
            assertThat(decodeHeader(null)).isNull();
        }

        @Test
        void utf8ThatTheServerDecodedAsIso88591IsRepaired() {
            String mojibake = new String("长安区示范镇街验收.jpg".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertThat(decodeHeader(mojibake)).isEqualTo("长安区示范镇街验收.jpg");
        }

        @Test
        void decodedDangerIsLeftForSanitise() {
            assertThat(decodeHeader("..%2F..%2Fetc%2Fpasswd")).isEqualTo("../../etc/passwd");
            assertThat(sanitise(decodeHeader("..%2F..%2Fetc%2Fpasswd"))).isEqualTo("passwd");
            assertThat(sanitise(decodeHeader("photo%E2%80%AEgpj.exe"))).isEqualTo("photogpj.exe");
            assertThat(sanitise(decodeHeader("a%00b%0D%0A.jpg"))).isEqualTo("ab.jpg");
        }
    }

    @Nested
    class DownloadsCarryTheDetectedType {

        @ParameterizedTest
        @CsvSource({"整改.bat, JPEG, 整改.jpg", "照片, PNG, 照片.png", "总结.pdf.exe, PDF, 总结.pdf.pdf",
                "台账.xlsx, DOCX, 台账.docx", "未命名, HEIC, 未命名.heic"})
        void theExtensionIsTheType(String name, EvidenceType type, String downloaded) {
            assertThat(forDownload(name, type)).isEqualTo(downloaded);
        }

        @ParameterizedTest
        @CsvSource({"现场.JPG, JPEG", "现场.jpeg, JPEG", "台账.XLSX, XLSX", "总结.pdf, PDF"})
        void aNameWithAnExtensionOfTheTypeKeepsIt(String name, EvidenceType type) {
            assertThat(forDownload(name, type)).isEqualTo(name);
        }

        @Test
        void aLongNameStaysWithinTheCap() {
            String downloaded = forDownload("长".repeat(200) + ".bat", EvidenceType.JPEG);
            assertThat(downloaded).hasSize(200).endsWith("长.jpg");
        }
    }
}
