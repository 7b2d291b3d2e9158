package kaohe.evidence.photo;

import kaohe.evidence.content.Samples;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static kaohe.evidence.photo.ExifJpegs.TAG_DATETIME;
import static kaohe.evidence.photo.ExifJpegs.TAG_DATETIME_ORIGINAL;
import static kaohe.evidence.photo.ExifJpegs.ascii;
import static kaohe.evidence.photo.ExifJpegs.dateTimeOriginal;
import static kaohe.evidence.photo.ExifJpegs.gps;
import static kaohe.evidence.photo.ExifJpegs.rationals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PhotoFactsTest {

    static PhotoFacts read(byte[] bytes) {
        return PhotoFacts.read(new ByteArrayInputStream(bytes));
    }

    static byte[] resource() throws IOException {
        try (InputStream in = PhotoFactsTest.class.getResourceAsStream("exif-gps.jpg")) {
            assertThat(in).as("test resource exif-gps.jpg").isNotNull();
            return in.readAllBytes();
        }
    }

    @Nested
    class CheckedInPhoto {

        /** exif-gps.jpg: written by {@link ExifJpegs#main}; big-endian EXIF, see there for what it holds. */
        @Test
        void timeInShanghaiAndPosition() throws IOException {
            byte[] photo = resource();
            assertThat(photo.length).isLessThan(50 * 1024);
            PhotoFacts facts = read(photo);
            assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00.250Z"));
            assertThat(facts.latitude()).isCloseTo(34.1577, within(1e-6));
            assertThat(facts.longitude()).isCloseTo(108.9069, within(1e-6));
            assertThat(facts.hasLocation()).isTrue();
        }

        @Test
        void fromJustTheFirstBytesAsTheUploadPassesThem() throws IOException {
            byte[] photo = resource();
            int exifEnd = 2 + 2 + 2 + ((photo[4] & 0xFF) << 8 | (photo[5] & 0xFF)) - 2;
            PhotoFacts facts = read(Arrays.copyOf(photo, exifEnd + 10));
            assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00.250Z"));
            assertThat(facts.latitude()).isCloseTo(34.1577, within(1e-6));
        }
    }

    @Nested
    class CaptureTime {

        @Test
        void withoutOffsetIsShanghaiWallClock() {
            PhotoFacts facts = read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", null, null), List.of()));
            assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
        }

        @ParameterizedTest
        @CsvSource({
                "+08:00, 2020-06-15T02:30:00Z",
                "+02:00, 2020-06-15T08:30:00Z",
                "-05:00, 2020-06-15T15:30:00Z",
                "+00:00, 2020-06-15T10:30:00Z",
                "+05:30, 2020-06-15T05:00:00Z",
                "+0800,  2020-06-15T02:30:00Z"})
        void withOffsetTimeOriginal(String offset, String expected) {
            PhotoFacts facts = read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", offset, null), List.of()));
            assertThat(facts.capturedAt()).isEqualTo(Instant.parse(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "      ", "garbage", "+25:00", "08:00"})
        void anUnusableOffsetCountsAsNone(String offset) {
            PhotoFacts facts = read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", offset, null), List.of()));
            assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
        }

        @Test
        void subSeconds() {
            assertThat(read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", "+08:00", "07"), List.of()))
                    .capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00.070Z"));
            assertThat(read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", "+08:00", "x1"), List.of()))
                    .capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000:00:00 00:00:00", "    :  :     :  :  ", "", "yesterday", "2020:13:01 10:00:00",
                "2020:02:30 10:00:00", "2020:06:15 25:00:00"})
        void unsetOrInvalidIsNull(String value) {
            PhotoFacts facts = read(ExifJpegs.jpeg(dateTimeOriginal(value, null, null), gps(34.1577, 108.9069)));
            assertThat(facts.capturedAt()).isNull();
            assertThat(facts.latitude()).isCloseTo(34.1577, within(1e-6));
        }

        @Test
        void toleratedVariants() {
            assertThat(read(ExifJpegs.jpeg(dateTimeOriginal("2020-06-15 10:30:00", null, null), List.of()))
                    .capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
            assertThat(read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30", null, null), List.of()))
                    .capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
        }

        @Test
        void dateTimeModifiedIsNotUsedInstead() {
            byte[] jpeg = ExifJpegs.jpeg(ByteOrder.LITTLE_ENDIAN, List.of(ascii(TAG_DATETIME, "2021:01:01 00:00:00")),
                    List.of(ascii(0x9004, "2021:01:01 00:00:00")), List.of());
            assertThat(read(jpeg).capturedAt()).isNull();
        }

        @Test
        void bothByteOrders() {
            for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
                byte[] jpeg = ExifJpegs.jpeg(order, List.of(), List.of(ascii(TAG_DATETIME_ORIGINAL,
                        "2019:12:31 23:59:59")), gps(-33.8688, -70.6693));
                PhotoFacts facts = read(jpeg);
                assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2019-12-31T15:59:59Z"));
                assertThat(facts.latitude()).isCloseTo(-33.8688, within(1e-6));
                assertThat(facts.longitude()).isCloseTo(-70.6693, within(1e-6));
            }
        }
    }

    @Nested
    class Position {

        @Test
        void southAndWestAreNegative() {
            PhotoFacts facts = read(ExifJpegs.jpeg(List.of(), gps(-22.9068, -43.1729)));
            assertThat(facts.latitude()).isCloseTo(-22.9068, within(1e-6));
            assertThat(facts.longitude()).isCloseTo(-43.1729, within(1e-6));
            assertThat(facts.capturedAt()).isNull();
        }

        @Test
        void absentGps() {
            PhotoFacts facts = read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", null, null), List.of()));
            assertThat(facts.latitude()).isNull();
            assertThat(facts.longitude()).isNull();
            assertThat(facts.hasLocation()).isFalse();
            assertThat(facts.capturedAt()).isNotNull();
        }

        @Test
        void zeroZeroIsNoFix() {
            assertThat(read(ExifJpegs.jpeg(List.of(), gps(0, 0))).hasLocation()).isFalse();
        }

        @Test
        void zeroDenominatorsOrOutOfRange() {
            List<ExifJpegs.Entry> zeroDenominator = List.of(ascii(1, "N"), rationals(2, 34, 0, 9, 0, 27, 0),
                    ascii(3, "E"), rationals(4, 108, 1, 54, 1, 24, 1));
            List<ExifJpegs.Entry> outOfRange = List.of(ascii(1, "N"), rationals(2, 95, 1, 0, 1, 0, 1),
                    ascii(3, "E"), rationals(4, 108, 1, 54, 1, 24, 1));
            List<ExifJpegs.Entry> latitudeOnly = List.of(ascii(1, "N"), rationals(2, 34, 1, 9, 1, 27, 1));
            for (var gps : List.of(zeroDenominator, outOfRange, latitudeOnly)) {
                PhotoFacts facts = read(ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", null, null), gps));
                assertThat(facts.hasLocation()).isFalse();
                assertThat(facts.latitude()).isNull();
                assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
            }
        }
    }

    @Nested
    class NeverThrows {

        @Test
        void notAPhoto() {
            assertThat(read(new byte[0])).isEqualTo(PhotoFacts.NONE);
            assertThat(read(new byte[] {(byte) 0xFF})).isEqualTo(PhotoFacts.NONE);
            assertThat(read(Samples.random(5000, 1))).isEqualTo(PhotoFacts.NONE);
            assertThat(read(Samples.pdf())).isEqualTo(PhotoFacts.NONE);
            assertThat(read(Samples.docx())).isEqualTo(PhotoFacts.NONE);
            assertThat(read(Samples.ascii("<html><body>hi</body></html>"))).isEqualTo(PhotoFacts.NONE);
            assertThat(read(Samples.ftyp("heic", "mif1", "heic"))).isEqualTo(PhotoFacts.NONE);
        }

        @Test
        void photosWithoutExif() {
            assertThat(read(Samples.jpeg(32, 32))).isEqualTo(PhotoFacts.NONE);
            assertThat(read(Samples.png(32, 32))).isEqualTo(PhotoFacts.NONE);
        }

        @Test
        void corruptExif() {
            byte[] jpeg = Samples.jpeg(32, 32);
            assertThat(read(ExifJpegs.withExif(jpeg, Samples.random(300, 2)))).isEqualTo(PhotoFacts.NONE);
            assertThat(read(ExifJpegs.withExif(jpeg, Samples.ascii("II*\u0000\u00ff\u00ff\u00ff\u00ff"))))
                    .isEqualTo(PhotoFacts.NONE);
            assertThat(read(ExifJpegs.withExif(jpeg, new byte[0]))).isEqualTo(PhotoFacts.NONE);
            // a TIFF header pointing its IFD0 at itself (a loop)
            assertThat(read(ExifJpegs.withExif(jpeg, Samples.ascii("MM\u0000*\u0000\u0000\u0000\u0008"
                    + "\u0000\u0001\u0087\u0069\u0000\u0004\u0000\u0000\u0000\u0001\u0000\u0000\u0000\u0008"
                    + "\u0000\u0000\u0000\u0000")))).isEqualTo(PhotoFacts.NONE);
        }

        @Test
        void truncatedInsideTheExifSegment() throws IOException {
            byte[] photo = resource();
            for (int length : new int[] {2, 3, 4, 5, 6, 20, 60, 100, 200}) {
                assertThat(read(Arrays.copyOf(photo, length))).as("first %d bytes", length).isEqualTo(PhotoFacts.NONE);
            }
        }

        @Test
        void truncatedAfterTheExifInsideALaterSegment() {
            byte[] exif = ExifJpegs.jpeg(dateTimeOriginal("2020:06:15 10:30:00", "+08:00", null), gps(34.1577, 108.9069));
            // like a phone photo: EXIF, then a large APP2 (ICC/MPF) that the 64 KB head cuts in half
            byte[] app2 = Samples.random(60_000, 3);
            byte[] exifLength = Arrays.copyOfRange(exif, 4, 6);
            int exifSegmentEnd = 4 + ((exifLength[0] & 0xFF) << 8 | (exifLength[1] & 0xFF));
            byte[] withApp2 = Samples.concat(Arrays.copyOf(exif, exifSegmentEnd),
                    new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) 0xEA, 0x62}, app2,
                    Arrays.copyOfRange(exif, exifSegmentEnd, exif.length));
            PhotoFacts facts = read(Arrays.copyOf(withApp2, exifSegmentEnd + 30_000));
            assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
            assertThat(facts.latitude()).isCloseTo(34.1577, within(1e-6));
        }

        @Test
        void failingStream() {
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset");
                }
            };
            assertThat(PhotoFacts.read(failing)).isEqualTo(PhotoFacts.NONE);
        }

        @Test
        void nullStreamIsAProgrammingError() {
            assertThatThrownBy(() -> PhotoFacts.read(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void pngWithAnExifChunk() {
        byte[] png = Samples.png(32, 32);
        byte[] tiff = ExifJpegs.tiff(ByteOrder.BIG_ENDIAN, List.of(),
                dateTimeOriginal("2020:06:15 10:30:00", "+08:00", null), gps(34.1577, 108.9069));
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        byte[] withExif = Samples.concat(Arrays.copyOf(png, afterIhdr), Samples.pngChunk("eXIf", tiff),
                Arrays.copyOfRange(png, afterIhdr, png.length));
        PhotoFacts facts = read(withExif);
        assertThat(facts.capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
        assertThat(facts.longitude()).isCloseTo(108.9069, within(1e-6));
    }

    @Test
    void readsAJpegOnlyUpToItsFirstScan() {
        byte[] photo = ExifJpegs.withExif(Samples.encode(Samples.noise(600, 600, 4), "jpeg"),
                ExifJpegs.tiff(ByteOrder.LITTLE_ENDIAN, List.of(),
                        dateTimeOriginal("2020:06:15 10:30:00", null, null), List.of()));
        long[] consumed = {0};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(photo)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                consumed[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };
        assertThat(PhotoFacts.read(counting).capturedAt()).isEqualTo(Instant.parse("2020-06-15T02:30:00Z"));
        assertThat(consumed[0]).isLessThan(photo.length / 10);
    }

    @Test
    void parsers() {
        assertThat(PhotoFacts.parseDateTime("2020:06:15 10:30:00\u0000")).hasToString("2020-06-15T10:30");
        assertThat(PhotoFacts.parseDateTime(null)).isNull();
        assertThat(PhotoFacts.parseOffset("+08:00").getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(PhotoFacts.parseOffset("-0330").getTotalSeconds()).isEqualTo(-(3 * 3600 + 30 * 60));
        assertThat(PhotoFacts.parseOffset(null)).isNull();
        assertThat(PhotoFacts.parseOffset("Z")).isNull();
    }
}
