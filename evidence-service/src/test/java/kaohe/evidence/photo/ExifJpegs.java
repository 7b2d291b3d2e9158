package kaohe.evidence.photo;

import kaohe.evidence.content.Samples;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds JPEGs with a hand-made EXIF APP1 segment (TIFF header, IFD0, Exif IFD, GPS IFD), in either byte order.
 * ImageIO cannot write EXIF, so this is how the tests get photos with a capture time and a position.
 *
 * <p>{@link #main} wrote the checked-in resource {@code exif-gps.jpg}; see {@link #resourcePhoto()}.
 */
final class ExifJpegs {

    static final int BYTE = 1;
    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int RATIONAL = 5;
    static final int UNDEFINED = 7;

    static final int TAG_MAKE = 0x010F;
    static final int TAG_MODEL = 0x0110;
    static final int TAG_ORIENTATION = 0x0112;
    static final int TAG_DATETIME = 0x0132;
    static final int TAG_EXIF_IFD = 0x8769;
    static final int TAG_GPS_IFD = 0x8825;
    static final int TAG_DATETIME_ORIGINAL = 0x9003;
    static final int TAG_DATETIME_DIGITIZED = 0x9004;
    static final int TAG_OFFSET_TIME_ORIGINAL = 0x9011;
    static final int TAG_SUBSEC_TIME_ORIGINAL = 0x9291;

    /** One IFD entry; {@code values} is a String (ASCII), byte[] (BYTE), int[] (SHORT), long[] (LONG, RATIONAL pairs). */
    record Entry(int tag, int type, Object values) {

        int count() {
            if (values instanceof String s) {
                return s.getBytes(StandardCharsets.US_ASCII).length + 1;
            }
            if (values instanceof byte[] b) {
                return b.length;
            }
            if (values instanceof int[] i) {
                return i.length;
            }
            long[] l = (long[]) values;
            return type == RATIONAL ? l.length / 2 : l.length;
        }

        byte[] encode(ByteOrder order) {
            ByteBuffer out = ByteBuffer.allocate(Math.max(4, count() * (type == RATIONAL ? 8 : type == LONG ? 4
                    : type == SHORT ? 2 : 1))).order(order);
            if (values instanceof String s) {
                out.put(s.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
            } else if (values instanceof byte[] b) {
                out.put(b);
            } else if (values instanceof int[] shorts) {
                for (int v : shorts) {
                    out.putShort((short) v);
                }
            } else {
                for (long v : (long[]) values) {
                    out.putInt((int) v);
                }
            }
            return out.array();
        }
    }

    static Entry ascii(int tag, String value) {
        return new Entry(tag, ASCII, value);
    }

    static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    static Entry rationals(int tag, long... numeratorDenominatorPairs) {
        return new Entry(tag, RATIONAL, numeratorDenominatorPairs);
    }

    /** GPS entries for decimal degrees, as degrees/minutes/seconds rationals like cameras write them. */
    static List<Entry> gps(double latitude, double longitude) {
        return List.of(
                new Entry(0x0000, BYTE, new byte[] {2, 3, 0, 0}),
                ascii(0x0001, latitude < 0 ? "S" : "N"),
                rationals(0x0002, dms(Math.abs(latitude))),
                ascii(0x0003, longitude < 0 ? "W" : "E"),
                rationals(0x0004, dms(Math.abs(longitude))));
    }

    static long[] dms(double degrees) {
        long d = (long) Math.floor(degrees);
        double minutesExact = (degrees - d) * 60;
        long m = (long) Math.floor(minutesExact);
        long secondsTimes10000 = Math.round((minutesExact - m) * 60 * 10_000);
        return new long[] {d, 1, m, 1, secondsTimes10000, 10_000};
    }

    static List<Entry> dateTimeOriginal(String dateTime, String offset, String subSeconds) {
        List<Entry> entries = new ArrayList<>();
        entries.add(ascii(TAG_DATETIME_ORIGINAL, dateTime));
        if (offset != null) {
            entries.add(ascii(TAG_OFFSET_TIME_ORIGINAL, offset));
        }
        if (subSeconds != null) {
            entries.add(ascii(TAG_SUBSEC_TIME_ORIGINAL, subSeconds));
        }
        return entries;
    }

    /** A JPEG (ImageIO-encoded picture) with EXIF made of these IFDs; an empty list leaves that IFD out. */
    static byte[] jpeg(ByteOrder order, List<Entry> ifd0, List<Entry> exif, List<Entry> gps) {
        return withExif(Samples.jpeg(64, 48), tiff(order, ifd0, exif, gps));
    }

    static byte[] jpeg(List<Entry> exif, List<Entry> gps) {
        return jpeg(ByteOrder.LITTLE_ENDIAN, List.of(ascii(TAG_MAKE, "Kaohe test")), exif, gps);
    }

    /** Inserts {@code Exif\0\0 + tiff} as an APP1 segment right after SOI. */
    static byte[] withExif(byte[] jpeg, byte[] tiff) {
        return Samples.insertJpegSegment(jpeg, 0xE1, Samples.concat(
                new byte[] {'E', 'x', 'i', 'f', 0, 0}, tiff));
    }

    /** A TIFF structure: header, IFD0 (with pointers to the Exif and GPS IFDs when given), Exif IFD, GPS IFD. */
    static byte[] tiff(ByteOrder order, List<Entry> ifd0, List<Entry> exif, List<Entry> gps) {
        List<Entry> first = new ArrayList<>(ifd0);
        if (!exif.isEmpty()) {
            first.add(new Entry(TAG_EXIF_IFD, LONG, new long[] {0}));
        }
        if (!gps.isEmpty()) {
            first.add(new Entry(TAG_GPS_IFD, LONG, new long[] {0}));
        }
        int firstAt = 8;
        int exifAt = firstAt + ifdSize(first, order);
        int gpsAt = exifAt + (exif.isEmpty() ? 0 : ifdSize(exif, order));
        List<Entry> resolved = new ArrayList<>();
        for (Entry e : first) {
            if (e.tag() == TAG_EXIF_IFD) {
                resolved.add(new Entry(TAG_EXIF_IFD, LONG, new long[] {exifAt}));
            } else if (e.tag() == TAG_GPS_IFD) {
                resolved.add(new Entry(TAG_GPS_IFD, LONG, new long[] {gpsAt}));
            } else {
                resolved.add(e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(8).order(order);
        header.put(order == ByteOrder.LITTLE_ENDIAN ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'})
                .putShort((short) 42).putInt(firstAt);
        out.writeBytes(header.array());
        out.writeBytes(ifd(resolved, firstAt, order));
        if (!exif.isEmpty()) {
            out.writeBytes(ifd(exif, exifAt, order));
        }
        if (!gps.isEmpty()) {
            out.writeBytes(ifd(gps, gpsAt, order));
        }
        return out.toByteArray();
    }

    private static int ifdSize(List<Entry> entries, ByteOrder order) {
        int size = 2 + 12 * entries.size() + 4;
        for (Entry e : entries) {
            int length = e.encode(order).length;
            if (length > 4) {
                size += length + (length & 1);
            }
        }
        return size;
    }

    /** One IFD at {@code at}: entries sorted by tag, next-IFD offset 0, then the values that do not fit in 4 bytes. */
    private static byte[] ifd(List<Entry> entries, int at, ByteOrder order) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::tag));
        ByteBuffer out = ByteBuffer.allocate(ifdSize(sorted, order)).order(order);
        int dataAt = at + 2 + 12 * sorted.size() + 4;
        ByteBuffer data = ByteBuffer.allocate(out.capacity()).order(order);
        out.putShort((short) sorted.size());
        for (Entry e : sorted) {
            byte[] value = e.encode(order);
            out.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
            if (value.length <= 4) {
                out.put(value);
            } else {
                out.putInt(dataAt + data.position());
                data.put(value);
                if ((value.length & 1) == 1) {
                    data.put((byte) 0);
                }
            }
        }
        out.putInt(0);
        out.put(data.array(), 0, data.position());
        return out.array();
    }

    /** What {@code exif-gps.jpg} holds, big-endian (Motorola) like many cameras: see {@link #main}. */
    static byte[] resourcePhoto() {
        return jpeg(ByteOrder.BIG_ENDIAN,
                List.of(ascii(TAG_MAKE, "Kaohe"), ascii(TAG_MODEL, "hand-built EXIF test photo"),
                        new Entry(TAG_ORIENTATION, SHORT, new int[] {1}),
                        rationals(0x011A, 72, 1), rationals(0x011B, 72, 1), new Entry(0x0128, SHORT, new int[] {2}),
                        ascii(TAG_DATETIME, "2020:07:01 09:00:00"), new Entry(0x0213, SHORT, new int[] {1})),
                List.of(new Entry(0x9000, UNDEFINED, ascii("0232")),
                        ascii(TAG_DATETIME_ORIGINAL, "2020:06:15 10:30:00"),
                        ascii(TAG_DATETIME_DIGITIZED, "2020:06:15 10:30:00"),
                        new Entry(0x9101, UNDEFINED, new byte[] {1, 2, 3, 0}),
                        ascii(TAG_SUBSEC_TIME_ORIGINAL, "250"),
                        new Entry(0xA000, UNDEFINED, ascii("0100")),
                        new Entry(0xA001, SHORT, new int[] {1}),
                        new Entry(0xA002, SHORT, new int[] {64}),
                        new Entry(0xA003, SHORT, new int[] {48})),
                gps(34.1577, 108.9069));
    }

    /**
     * Writes the test resource: {@code java ExifJpegs evidence-service/src/test/resources/kaohe/evidence/photo/exif-gps.jpg}
     * (run once from the IDE / jshell with the test classpath). The picture is an ImageIO-encoded 64×48 gradient;
     * the EXIF says Make "Kaohe", DateTimeOriginal 2020:06:15 10:30:00.250 (no OffsetTimeOriginal, so Asia/Shanghai:
     * 2020-06-15T02:30:00.250Z), DateTime 2020:07:01 09:00:00 (must not be used), GPS 34°9'27.72"N 108°54'24.84"E
     * (34.1577, 108.9069: Chang'an District, Xi'an), plus the tags EXIF 2.32 requires (ExifVersion 0232, resolution,
     * colour space, …) so that {@code exiftool -validate} finds nothing to complain about. No third-party content.
     */
    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), resourcePhoto());
    }

    private ExifJpegs() {
    }
}
