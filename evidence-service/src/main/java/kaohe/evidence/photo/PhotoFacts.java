package kaohe.evidence.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a photo says about itself in its EXIF: when it was taken and where. Any of the three may be null (absent,
 * unreadable, implausible); {@link #read} never throws on a bad image.
 *
 * <ul>
 *   <li>{@code capturedAt}: EXIF {@code DateTimeOriginal} (with {@code SubSecTimeOriginal} when present), at the
 *       offset in {@code OffsetTimeOriginal} when the photo carries one, otherwise read as Asia/Shanghai local time
 *       (cameras write wall-clock time without a zone). {@code DateTime} (last modified) and
 *       {@code DateTimeDigitized} are deliberately not used as fallbacks. Unset values such as
 *       {@code 0000:00:00 00:00:00} give null.</li>
 *   <li>{@code latitude}/{@code longitude}: decimal degrees (south and west negative) from the GPS IFD; null when
 *       absent, out of range, or exactly 0/0 (what receivers without a fix write).</li>
 * </ul>
 *
 * <p>JPEG is read up to its first scan only, segment by segment, so a stream holding just the head of a large
 * photo (e.g. its first 64 KB) still yields the EXIF as long as the EXIF segment itself is complete; an incomplete
 * trailing segment is dropped rather than failing the whole read. PNG ({@code eXIf}) and HEIC go through
 * metadata-extractor as they are; for HEIC the EXIF item may sit beyond a truncated head and then reads as absent.
 * The EXIF is the uploader's claim: it can be edited or stripped, so treat these as facts about the file, not proof.
 */
public record PhotoFacts(Instant capturedAt, Double latitude, Double longitude) {

    /** The wall-clock zone assumed when the EXIF does not say: the bureau and its photographers are in China. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public static final PhotoFacts NONE = new PhotoFacts(null, null, null);

    /** JPEG header segments kept in memory at most (EXIF is one ≤ 64 KB segment; XMP/ICC may add a few). */
    private static final int MAX_JPEG_HEADER_BYTES = 2 * 1024 * 1024;

    private static final Pattern EXIF_DATE_TIME = Pattern.compile(
            "(\\d{4})[:\\-](\\d{2})[:\\-](\\d{2})[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?.*");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})");

    /** True when a location is known. */
    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    /**
     * Reads the capture time and position of a photo. Reads from {@code in} only as far as needed (for JPEG, up to
     * the first scan) and does not close it.
     *
     * @return the facts found; {@link #NONE} for anything unreadable (not an image, corrupt, truncated, empty)
     */
    public static PhotoFacts read(InputStream in) {
        Objects.requireNonNull(in, "in");
        Metadata metadata;
        try {
            metadata = metadata(in);
        } catch (Exception | StackOverflowError unreadable) {
            return NONE;
        }
        Instant capturedAt = null;
        GeoLocation location = null;
        try {
            capturedAt = capturedAt(metadata);
        } catch (RuntimeException unreadable) {
            // keep the location, if any
        }
        try {
            location = location(metadata);
        } catch (RuntimeException unreadable) {
            // keep the time, if any
        }
        return new PhotoFacts(capturedAt,
                location == null ? null : location.getLatitude(),
                location == null ? null : location.getLongitude());
    }

    private static Metadata metadata(InputStream in) throws Exception {
        PushbackInputStream peekable = new PushbackInputStream(in, 2);
        byte[] start = peekable.readNBytes(2);
        if (start.length < 2) {
            return new Metadata();
        }
        if ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xD8) {
            byte[] header = jpegHeaderSegments(peekable);
            return JpegMetadataReader.readMetadata(new ByteArrayInputStream(header), List.of(new ExifReader()));
        }
        peekable.unread(start);
        return ImageMetadataReader.readMetadata(peekable);
    }

    /**
     * SOI, then every complete marker segment up to the first scan (SOS) or the end of what the stream holds,
     * then EOI: a well-formed, image-less JPEG that metadata-extractor reads without reaching a truncation. The
     * stream is positioned after SOI.
     */
    static byte[] jpegHeaderSegments(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        while (out.size() < MAX_JPEG_HEADER_BYTES) {
            if (in.read() != 0xFF) {
                break;
            }
            int marker = in.read();
            while (marker == 0xFF) { // fill bytes
                marker = in.read();
            }
            if (marker <= 0x00 || marker == 0xDA || marker == 0xD9) {
                break;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                continue; // stand-alone markers, no length
            }
            byte[] length = in.readNBytes(2);
            if (length.length < 2) {
                break;
            }
            int payloadLength = ((length[0] & 0xFF) << 8 | (length[1] & 0xFF)) - 2;
            if (payloadLength < 0) {
                break;
            }
            byte[] payload = in.readNBytes(payloadLength);
            if (payload.length < payloadLength) {
                break; // truncated: the incomplete segment is dropped
            }
            out.write(0xFF);
            out.write(marker);
            out.write(length);
            out.write(payload);
        }
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    private static Instant capturedAt(Metadata metadata) {
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            LocalDateTime local = parseDateTime(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
            if (local == null) {
                continue;
            }
            local = local.withNano(subSecondNanos(exif.getString(ExifSubIFDDirectory.TAG_SUBSECOND_TIME_ORIGINAL)));
            ZoneOffset offset = parseOffset(exif.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
            return offset != null ? local.toInstant(offset) : local.atZone(DEFAULT_ZONE).toInstant();
        }
        return null;
    }

    /** {@code yyyy:MM:dd HH:mm:ss} (also with {@code -} in the date, a {@code T}, or without seconds). */
    static LocalDateTime parseDateTime(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = EXIF_DATE_TIME.matcher(clean(value));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (DateTimeException unset) { // 0000:00:00 00:00:00 and friends
            return null;
        }
    }

    /** {@code ±HH:MM} as EXIF 2.31 writes it (also {@code ±HHMM}); null when absent or not an offset. */
    static ZoneOffset parseOffset(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = OFFSET.matcher(clean(value));
        if (!m.matches()) {
            return null;
        }
        try {
            int sign = m.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * Integer.parseInt(m.group(3)));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static int subSecondNanos(String value) {
        if (value == null) {
            return 0;
        }
        String digits = clean(value);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        digits = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(digits);
    }

    private static GeoLocation location(Metadata metadata) {
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation location = gps.getGeoLocation();
            if (location == null) {
                continue;
            }
            double lat = location.getLatitude();
            double lon = location.getLongitude();
            boolean plausible = Double.isFinite(lat) && Double.isFinite(lon)
                    && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat == 0 && lon == 0);
            if (plausible) {
                return location;
            }
        }
        return null;
    }

    private static String clean(String value) {
        return value.replace("\u0000", "").strip();
    }
}
