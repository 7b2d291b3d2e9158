package kaohe.indicator.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The 2020 decomposition table of 西安市行政审批服务局 in its text form (a copy of the project seed). */
final class SeedText {

    private SeedText() {
    }

    static byte[] bytes() {
        try (InputStream in = SeedText.class.getResourceAsStream("/importing/decomposition-2020.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
