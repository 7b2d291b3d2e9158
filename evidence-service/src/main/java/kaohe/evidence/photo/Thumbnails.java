package kaohe.evidence.photo;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;

/**
 * JPEG thumbnails with plain {@code javax.imageio} and {@code java.awt} (headless), for whatever the JDK's ImageIO
 * can decode: JPEG (baseline and progressive, YCbCr/greyscale), PNG, also GIF and BMP. It cannot decode HEIC, WebP,
 * CMYK/YCCK JPEG and some unusual JPEG variants; for those, and for anything corrupt, the answer is null, never an
 * exception.
 *
 * <p>Decompression bombs: the dimensions are read from the header first and anything above
 * {@value #MAX_PIXELS} pixels is refused before decoding. Large images are decoded with source subsampling, so
 * memory stays near a few times the thumbnail, not the full image.
 *
 * <p>Not done: EXIF orientation is not applied (ImageIO ignores it), so a phone photo taken upright may come out
 * turned; the thumbnail carries no metadata. Transparent areas become white.
 */
public final class Thumbnails {

    /** Images with more pixels than this (100 megapixels) are not decoded. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** JPEG quality of the thumbnail. */
    static final float QUALITY = 0.8f;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Thumbnails() {
    }

    /**
     * A JPEG no larger than {@code maxSide} pixels on its longer side, aspect ratio kept; smaller images keep their
     * size (no upscaling). Reads {@code image} as far as the decoder needs and does not close it.
     *
     * @return the JPEG bytes; null if the image cannot be decoded, is empty, or exceeds {@link #MAX_PIXELS}
     * @throws IllegalArgumentException if {@code maxSide} is not positive
     */
    public static byte[] jpeg(InputStream image, int maxSide) {
        Objects.requireNonNull(image, "image");
        if (maxSide <= 0) {
            throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(image)) {
            if (input == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || exceedsPixelLimit(width, height)) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height, maxSide);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage decoded = reader.read(0, param);
                return decoded == null ? null : encode(scale(decoded, maxSide));
            } finally {
                reader.dispose();
            }
        } catch (Exception | StackOverflowError undecodable) {
            // corrupt or unsupported data makes ImageIO throw anything from IIOException to
            // ArrayIndexOutOfBoundsException
            return null;
        }
    }

    static boolean exceedsPixelLimit(long width, long height) {
        return width * height > MAX_PIXELS;
    }

    /** Decode every n-th pixel so the decoded image is still at least twice the thumbnail (good downscaling). */
    static int subsampling(int width, int height, int maxSide) {
        int longer = Math.max(width, height);
        return Math.max(1, longer / (2 * maxSide));
    }

    /** Halves with bilinear filtering while far from the target, then one last bilinear step; white background. */
    private static BufferedImage scale(BufferedImage source, int maxSide) {
        int width = source.getWidth();
        int height = source.getHeight();
        double factor = Math.min(1.0, (double) maxSide / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * factor));
        int targetHeight = Math.max(1, (int) Math.round(height * factor));
        BufferedImage current = draw(source, width, height);
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            current = draw(current, targetWidth, targetHeight);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
