package kaohe.evidence.web;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Test files made in code: real JPEG and PNG images, a minimal PDF, and hostile bodies. */
final class Files {

    private Files() {
    }

    /** A real JPEG whose content (and so its hash) depends on {@code seed}. */
    static byte[] jpeg(int seed, int width, int height) {
        return image("jpg", seed, width, height);
    }

    static byte[] png(int seed) {
        return image("png", seed, 64, 48);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A real small JPEG followed by random bytes: a "photo" of a chosen size whose header states its dimensions. */
    static byte[] jpegOfSize(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] photo = jpeg(1, 8, 8);
        System.arraycopy(photo, 0, bytes, 0, photo.length);
        return bytes;
    }

    private static byte[] image(String format, int seed, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(seed);
        var graphics = image.createGraphics();
        for (int i = 0; i < 20; i++) {
            graphics.setColor(new Color(random.nextInt(0xffffff)));
            graphics.fillRect(random.nextInt(width), random.nextInt(height), width / 3 + 1, height / 3 + 1);
        }
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
