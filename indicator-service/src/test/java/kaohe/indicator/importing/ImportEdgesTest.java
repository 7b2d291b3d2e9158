package kaohe.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import kaohe.platform.input.DecimalBounds;
import org.junit.jupiter.api.Test;

import kaohe.indicator.event.IndicatorKind;

/** A spreadsheet's title rows state the plan as a notice does; numbers no one can compute with are refused. */
class ImportEdgesTest {

    @Test
    void anXlsxTitleRowGivesThePlansYearAndTitle() {
        byte[] workbook = OfficeDocuments.xlsxWithYearInTitleRows();

        PlanHeader header = new PlanHeaderParser().read(workbook, ImportLimits.DEFAULTS.budget());
        DecompositionTable table = new DecompositionTableReader().read(workbook);

        assertThat(header.year()).isEqualTo(2020);
        assertThat(header.title()).isEqualTo("2020年度目标责任考核指标任务分解表");
        assertThat(table.problems()).isEmpty();
        assertThat(table.indicators()).extracting(ParsedIndicator::kind)
                .containsExactlyInAnyOrder(IndicatorKind.MUNICIPAL_KEY_WORK, IndicatorKind.NEGATIVE_LIST);
    }

    @Test
    void aNoticesOwnTitleWinsOverItsTableTitle() {
        byte[] text = """
                西安市行政审批服务局关于印发 2020年度目标责任考核指标任务分解表的通知
                附件：2020年度目标责任考核指标任务分解表
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(new PlanHeaderParser().read(text, ImportLimits.DEFAULTS.budget()).title())
                .isEqualTo("西安市行政审批服务局关于印发2020年度目标责任考核指标任务分解表的通知");
    }

    @Test
    void targetValuesBeyondTwelveDigitsOrFourDecimalsRefuseTheirRow() {
        String text = """
                负面清单

                | 考核指标 | 责任处室 |
                |---|---|
                | 1. 打造 1234567890123 个示范镇街 | 办公室 |
                | 2. 比例达到 0.00001% | 办公室 |
                | 3. 完成 NINES 个项目 | 办公室 |
                | 4. 打造 30 个示范镇街，比例达到 35.5000% | 办公室 |
                """.replace("NINES", "9".repeat(5_000));

        DecompositionTable table = new DecompositionTableReader().read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.indicators()).singleElement().satisfies(i -> assertThat(i.targets())
                .extracting(ProposedTarget::value).containsExactly(new BigDecimal("30"), new BigDecimal("35.5000")));
        assertThat(table.problems()).extracting(ImportProblem::location)
                .containsExactly("表1 第2行", "表1 第3行", "表1 第4行");
        assertThat(table.problems()).allSatisfy(p -> assertThat(p.message())
                .contains("超出范围", "最多 12 位有效数字、4 位小数").hasSizeLessThan(120));
        assertThat(table.problems().get(0).message()).contains("1234567890123");
    }

    @Test
    void proposedTargetsAreHeldToTheApisDecimalBound() {
        assertThat(DecimalBounds.holds(new BigDecimal("999999999999"))).isTrue();
        assertThat(DecimalBounds.holds(new BigDecimal("0.0001"))).isTrue();
        assertThat(DecimalBounds.holds(new BigDecimal("12345678.1250000"))).isTrue();
        assertThat(DecimalBounds.holds(new BigDecimal("1000000000000"))).isFalse();
        assertThat(DecimalBounds.holds(new BigDecimal("0.00001"))).isFalse();
        assertThat(DecimalBounds.holds(new BigDecimal("12345678.12345"))).isFalse();
    }
}
