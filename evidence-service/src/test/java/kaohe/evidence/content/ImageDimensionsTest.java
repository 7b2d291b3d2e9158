package kaohe.evidence.content;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ImageDimensionsTest {

    @Test
    void readsTheDimensionsAJpegPngOrHeicStates() {
        assertThat(read(EvidenceType.JPEG, Samples.jpeg(64, 48))).contains(new ImageDimensions(64, 48));
        assertThat(read(EvidenceType.PNG, Samples.png(31, 7))).contains(new ImageDimensions(31, 7));
        assertThat(read(EvidenceType.HEIC, Samples.heic(4032, 3024))).contains(new ImageDimensions(4032, 3024));
    }

    @Test
    void thePixelDataNeedNotBeThere() {
        byte[] png = Samples.png(31, 7);
        assertThat(read(EvidenceType.PNG, Arrays.copyOf(png, 33))).contains(new ImageDimensions(31, 7));
    }

    @Test
    void aHeaderCutShortOrCorruptHasNone() {
        byte[] jpeg = Samples.jpeg(64, 48);
        assertThat(read(EvidenceType.PNG, Arrays.copyOf(Samples.png(31, 7), 16))).isEmpty();
        assertThat(read(EvidenceType.JPEG, Arrays.copyOf(jpeg, 100))).isEmpty();
        assertThat(read(EvidenceType.JPEG, Samples.concat(Arrays.copyOf(jpeg, 3), Samples.random(4000, 1))))
                .isEmpty();
        assertThat(read(EvidenceType.HEIC, Samples.ftyp("heic", "mif1", "heic"))).isEmpty();
        byte[] heic = Samples.heic(4032, 3024);
        assertThat(read(EvidenceType.HEIC, Arrays.copyOf(heic, 60))).isEmpty();
    }

    @Test
    void aZeroDimensionIsNone() {
        assertThat(read(EvidenceType.PNG, Samples.pngClaiming(0, 7))).isEmpty();
        assertThat(read(EvidenceType.HEIC, Samples.heic(0, 3024))).isEmpty();
    }

    @Test
    void documentsHaveNone() {
        assertThat(read(EvidenceType.PDF, Samples.pdf())).isEmpty();
    }

    private static Optional<ImageDimensions> read(EvidenceType type, byte[] bytes) {
        return ImageDimensions.read(type, bytes, bytes.length);
    }
}
