package kaohe.evidence.photo;

import kaohe.evidence.content.ContentSniffer;
import kaohe.evidence.content.EvidenceType;
import kaohe.evidence.content.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ThumbnailsTest {

    static byte[] thumbnail(byte[] image, int maxSide) {
        return Thumbnails.jpeg(new ByteArrayInputStream(image), maxSide);
    }

    static BufferedImage decode(byte[] jpeg) throws IOException {
        assertThat(jpeg).isNotNull();
        assertThat(ContentSniffer.sniff(jpeg, Math.min(jpeg.length, ContentSniffer.HEAD_BYTES)).type())
                .isEqualTo(EvidenceType.JPEG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image).isNotNull();
        return image;
    }

    @ParameterizedTest
    @CsvSource({
            "400, 300, 100, 100, 75",
            "300, 400, 100, 75, 100",
            "1000, 10, 100, 100, 1",
            "50, 40, 100, 50, 40",
            "100, 100, 100, 100, 100",
            "1, 1, 100, 1, 1",
            "1280, 960, 320, 320, 240",
            "333, 777, 200, 86, 200"})
    void keepsAspectWithinMaxSide(int width, int height, int maxSide, int expectedWidth, int expectedHeight)
            throws IOException {
        BufferedImage thumb = decode(thumbnail(Samples.jpeg(width, height), maxSide));
        assertThat(thumb.getWidth()).isEqualTo(expectedWidth);
        assertThat(thumb.getHeight()).isEqualTo(expectedHeight);
    }

    @Test
    void largePhotoGoesThroughSubsampling() throws IOException {
        byte[] large = Samples.encode(Samples.gradient(4000, 3000, BufferedImage.TYPE_INT_RGB), "jpeg");
        assertThat(Thumbnails.subsampling(4000, 3000, 256)).isEqualTo(7);
        byte[] thumb = thumbnail(large, 256);
        BufferedImage image = decode(thumb);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(192);
        assertThat(thumb.length).isLessThan(large.length);
        // the red disc in the middle survives the scaling
        Color centre = new Color(image.getRGB(128, 96));
        assertThat(centre.getRed()).isGreaterThan(200);
        assertThat(centre.getGreen()).isLessThan(60);
    }

    @Test
    void pngIncludingTransparencyBecomesWhite() throws IOException {
        BufferedImage transparent = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = transparent.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(100, 0, 100, 100); // right half blue, left half fully transparent
        g.dispose();
        BufferedImage thumb = decode(thumbnail(Samples.encode(transparent, "png"), 50));
        assertThat(thumb.getWidth()).isEqualTo(50);
        assertThat(thumb.getHeight()).isEqualTo(25);
        Color left = new Color(thumb.getRGB(5, 12));
        Color right = new Color(thumb.getRGB(45, 12));
        assertThat(left.getRed()).isGreaterThan(240);
        assertThat(left.getGreen()).isGreaterThan(240);
        assertThat(left.getBlue()).isGreaterThan(240);
        assertThat(right.getBlue()).isGreaterThan(200);
        assertThat(right.getRed()).isLessThan(60);
    }

    @Test
    void greyscaleAndPaletteImages() throws IOException {
        BufferedImage grey = Samples.gradient(120, 80, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(decode(thumbnail(Samples.encode(grey, "png"), 60)).getWidth()).isEqualTo(60);
        assertThat(decode(thumbnail(Samples.encode(grey, "jpeg"), 60)).getWidth()).isEqualTo(60);
        BufferedImage palette = Samples.gradient(120, 80, BufferedImage.TYPE_BYTE_INDEXED);
        assertThat(decode(thumbnail(Samples.encode(palette, "png"), 60)).getHeight()).isEqualTo(40);
    }

    @Test
    void thePhotoWithExifStillDecodes() throws IOException {
        assertThat(decode(thumbnail(ExifJpegs.resourcePhoto(), 32)).getWidth()).isEqualTo(32);
    }

    @Test
    void nullForWhatCannotBeDecoded() {
        assertThat(thumbnail(new byte[0], 100)).isNull();
        assertThat(thumbnail(Samples.random(10_000, 5), 100)).isNull();
        assertThat(thumbnail(Samples.pdf(), 100)).isNull();
        assertThat(thumbnail(Samples.docx(), 100)).isNull();
        assertThat(thumbnail(Samples.ascii("<svg xmlns='http://www.w3.org/2000/svg'/>"), 100)).isNull();
        assertThat(thumbnail(Samples.ftyp("heic", "mif1", "heic"), 100)).as("HEIC").isNull();
        assertThat(thumbnail(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 100)).isNull();
        assertThat(thumbnail(Arrays.copyOf(Samples.png(64, 64), 40), 100)).isNull();
    }

    @Test
    void truncatedJpegDoesNotThrow() {
        byte[] jpeg = Samples.encode(Samples.noise(300, 300, 6), "jpeg");
        for (int length : new int[] {10, 100, 600, jpeg.length / 2, jpeg.length - 1}) {
            byte[] thumb = thumbnail(Arrays.copyOf(jpeg, length), 50);
            if (thumb != null) { // ImageIO may decode a partial scan (grey below); fine either way
                assertThat(thumb[0]).isEqualTo((byte) 0xFF);
            }
        }
    }

    @Test
    void failingStreamGivesNull() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThat(Thumbnails.jpeg(failing, 100)).isNull();
    }

    @Test
    void decompressionBombsAreRefusedFromTheHeader() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(thumbnail(Samples.pngClaiming(20_000, 20_000), 256)).as("400 MP PNG").isNull();
            assertThat(thumbnail(Samples.pngClaiming(65_535, 65_535), 256)).as("4 GP PNG").isNull();
            assertThat(thumbnail(Samples.pngClaiming(Integer.MAX_VALUE, 2), 256)).as("absurd width").isNull();
            assertThat(thumbnail(jpegClaiming(Samples.jpeg(16, 16), 12_000, 10_000), 256)).as("120 MP JPEG")
                    .isNull();
            assertThat(thumbnail(jpegClaiming(Samples.jpeg(16, 16), 65_535, 65_535), 256)).as("4 GP JPEG")
                    .isNull();
        });
    }

    @Test
    void pixelLimitIs100Megapixels() {
        assertThat(Thumbnails.MAX_PIXELS).isEqualTo(100_000_000L);
        assertThat(Thumbnails.exceedsPixelLimit(10_000, 10_000)).isFalse();
        assertThat(Thumbnails.exceedsPixelLimit(10_000, 10_001)).isTrue();
        assertThat(Thumbnails.exceedsPixelLimit(12_000, 9_000)).isTrue();
        assertThat(Thumbnails.exceedsPixelLimit(Integer.MAX_VALUE, Integer.MAX_VALUE)).isTrue();
    }

    @Test
    void subsamplingKeepsAtLeastTwiceTheThumbnail() {
        assertThat(Thumbnails.subsampling(400, 300, 256)).isEqualTo(1);
        assertThat(Thumbnails.subsampling(1024, 768, 256)).isEqualTo(2);
        assertThat(Thumbnails.subsampling(10_000, 10_000, 256)).isEqualTo(19);
        assertThat(10_000 / Thumbnails.subsampling(10_000, 10_000, 256)).isGreaterThanOrEqualTo(2 * 256);
    }

    @Test
    void maxSideMustBePositive() {
        byte[] jpeg = Samples.jpeg(10, 10);
        assertThatThrownBy(() -> thumbnail(jpeg, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> thumbnail(jpeg, -5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Rewrites the SOF0 dimensions of an ImageIO baseline JPEG, leaving the tiny scan as it is. */
    static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        for (int i = 2; i + 9 < patched.length; ) {
            if ((patched[i] & 0xFF) != 0xFF) {
                throw new IllegalStateException("not at a marker");
            }
            int marker = patched[i + 1] & 0xFF;
            int length = (patched[i + 2] & 0xFF) << 8 | (patched[i + 3] & 0xFF);
            if (marker == 0xC0) {
                patched[i + 5] = (byte) (height >> 8);
                patched[i + 6] = (byte) height;
                patched[i + 7] = (byte) (width >> 8);
                patched[i + 8] = (byte) width;
                return patched;
            }
            i += 2 + length;
        }
        throw new IllegalStateException("no SOF0");
    }
}
