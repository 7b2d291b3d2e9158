package kaohe.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Files built to take the importer down are refused with {@code file-too-complex}, or read correctly when what
 * they hold is within the limits — well within the time bound either way (generous: the machine is shared).
 */
class HostileFilesTest {

    /** Ten times the default budget of 2 s: enough for a loaded machine, far below "forever". */
    private static final Duration BOUND = Duration.ofSeconds(20);

    /** What 40,000 characters take when read in linear time, with room for a loaded machine (quadratic: minutes). */
    private static final Duration LINEAR_BOUND = Duration.ofSeconds(5);

    private final DecompositionTableReader reader = new DecompositionTableReader();

    private static <T> T withinBound(ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(BOUND, work);
    }

    private void assertRefused(byte[] file, String because) {
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(FileTooComplexException.class).hasMessageContaining(because));
    }

    @Test
    void aMergeDownToTheSheetsLastRowFillsOnlyTheRowsThatExist() {
        DecompositionTable table = withinBound(() -> reader.read(CraftedFiles.xlsxMergedToLastRow(false)));

        assertThat(table.problems()).isEmpty();
        assertThat(table.indicators()).extracting(ParsedIndicator::code, ParsedIndicator::leadDepartments)
                .containsExactly(tuple("负面清单-1", List.of("办公室")), tuple("负面清单-2", List.of("办公室")));
    }

    @Test
    void aMergeDownToARowThatExistsAtTheSheetsEndIsRefusedBeforeItIsFilled() {
        byte[] file = CraftedFiles.xlsxMergedToLastRow(true);
        assertThat(file.length).isLessThan(8 * 1024);

        assertRefused(file, "单元格数");
    }

    @Test
    void aHugeGridSpanIsRefusedBeforeAnyColumnIsLaidOut() {
        assertRefused(CraftedFiles.docxWithGridSpan(2_000_000_000L), "一行的列数为 2000000001");
        assertRefused(CraftedFiles.docxWithGridSpan(Long.MAX_VALUE), "一行的列数");
    }

    @Test
    void aModestGridSpanIsLaidOutAsBlankColumns() {
        DecompositionTable table = withinBound(() -> reader.read(CraftedFiles.docxWithGridSpan(1)));

        assertThat(table.problems()).isEmpty();
        assertThat(table.indicators()).singleElement()
                .satisfies(i -> assertThat(i.leadDepartments()).containsExactly("办公室"));
    }

    @Test
    void anEntryThatInflatesBeyondTheLimitIsRefusedWhileCounting() {
        byte[] bomb = CraftedFiles.withZeroEntry(CraftedFiles.docxWithGridSpan(1), 32L << 20);
        assertThat(bomb.length).isLessThan(1 << 20);

        assertRefused(bomb, "解压后的字节数");
    }

    @Test
    void anEntryWithinTheSizeLimitButCompressedLikeABombIsRefusedByPoi() {
        byte[] bomb = CraftedFiles.withZeroEntry(CraftedFiles.docxWithGridSpan(1), 3L << 20);

        assertRefused(bomb, "疑似压缩炸弹");
    }

    @Test
    void poisZipLimitsAreSetBeforeAnyFileIsRead() {
        var limits = ImportLimits.DEFAULTS;
        new DecompositionTableReader(limits);

        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(limits.maxEntrySize().toBytes());
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(limits.minInflateRatio());
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo((long) limits.maxText());
        assertThat(IOUtils.getByteArrayMaxOverride()).isEqualTo((int) limits.maxEntrySize().toBytes());
    }

    @Test
    void tooManyRowsAreRefused() {
        assertRefused(CraftedFiles.textTable(ImportLimits.DEFAULTS.maxRows() + 2), "表格行数");
        assertThat(withinBound(() -> reader.read(CraftedFiles.textTable(999))).indicators()).hasSize(999);
    }

    @Test
    void aCellLongerThanTheLimitIsRefused() {
        String cell = "字".repeat(ImportLimits.DEFAULTS.maxCellLength() + 1);
        assertRefused(utf8("负面清单\n\n| 考核指标 | 责任处室 |\n|---|---|\n| " + cell + " | 办公室 |\n"), "文字长度");
    }

    @Test
    void aFileThatOutrunsTheDeadlineIsRefused() {
        var instant = new ImportLimits(Duration.ofNanos(1), null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> new DecompositionTableReader(instant).read(SeedText.bytes()))
                .isInstanceOf(FileTooComplexException.class).hasMessageContaining("CPU 时间超过");
    }

    @Test
    void longHanTextIsParsedInLinearTime() {
        String han = "关于".repeat(10_000);
        String verbs = "达到".repeat(4_000) + "为".repeat(1_000);
        byte[] file = utf8(han + "\n" + "审批".repeat(10_000) + "\n\n负面清单\n\n| 考核指标 | 责任处室 |\n|---|---|\n"
                + "| 1. 比例" + verbs + "70% | 办公室 |\n");

        long start = System.nanoTime();
        PlanHeader header = withinBound(() -> new PlanHeaderParser().read(file, ImportLimits.DEFAULTS.budget()));
        DecompositionTable table = withinBound(() -> reader.read(file));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LINEAR_BOUND);

        assertThat(header.title()).isNull();
        assertThat(header.documentNumber()).isNull();
        assertThat(table.indicators()).singleElement().satisfies(i -> assertThat(i.targets()).singleElement()
                .satisfies(t -> assertThat(t.subject()).isEqualTo("比例")));
    }

    @Test
    void tooManyQuantitiesInOneIndicatorAreRefused() {
        String text = "1个，".repeat(ImportLimits.DEFAULTS.maxTargets() + 1);
        assertRefused(utf8("负面清单\n\n| 考核指标 | 责任处室 |\n|---|---|\n| " + text + " | 办公室 |\n"), "数量");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
