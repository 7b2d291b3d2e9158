package kaohe.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import kaohe.indicator.event.IndicatorKind;

class BadInputTest {

    private final DecompositionTableReader reader = new DecompositionTableReader();

    private static void assertNotATable(DecompositionTable table) {
        assertThat(table.indicators()).isEmpty();
        assertThat(table.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("文件不是分解表"));
    }

    @Test
    void emptyFile() {
        assertNotATable(reader.read(new byte[0]));
        assertNotATable(reader.read(null));
    }

    @Test
    void randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0; // not "PK"
        assertNotATable(reader.read(bytes));
    }

    @Test
    void pngImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertNotATable(reader.read(png));
    }

    @Test
    void htmlPageRenamedToDocx() {
        String html = "<!DOCTYPE html>\n<html><head><title>分解表（个性工作）</title></head>\n<body>\n"
                + "<table><tr><td>考核指标</td><td>责任处室</td></tr><tr><td>1. 某项工作</td><td>办公室</td></tr></table>\n"
                + "</body></html>\n";
        assertNotATable(reader.read(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void zipThatIsNeitherDocxNorXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("| 考核指标 | 责任处室 |".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertNotATable(reader.read(out.toByteArray()));
    }

    @Test
    void truncatedZip() {
        byte[] bytes = {'P', 'K', 3, 4, 1, 2, 3};
        assertNotATable(reader.read(bytes));
    }

    @Test
    void docxWithoutTables() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("关于 2020年度目标责任考核指标任务分解的通知");
            document.write(out);
            assertNotATable(reader.read(out.toByteArray()));
        }
    }

    @Test
    void xlsxWithEmptySheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("负面清单");
            workbook.write(out);
            assertNotATable(reader.read(out.toByteArray()));
        }
    }

    @Test
    void tableWithoutKindTitleIsReportedNotGuessed() {
        String text = """
                附件

                | 考核指标 | 责任处室 | 责任领导 |
                |---|---|---|
                | 1. 某项工作 | 办公室 | 段重利 |
                """;
        DecompositionTable table = reader.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.indicators()).isEmpty();
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("表1");
            assertThat(p.message()).contains("无法确定指标类型");
        });
    }

    @Test
    void rowWithoutTextIsReportedAndOthersAreKept() {
        String text = """
                分解表（个性工作）

                | 考核指标 | 责任处室 | 责任领导 |
                |---|---|---|
                | 1. 某项工作 | 办公室 | 段重利 |
                |  | 督查处 | 张新鳌 |
                | 2. 另一项工作 | 督查处 | 张新鳌 |
                """;
        DecompositionTable table = reader.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.indicators()).extracting(ParsedIndicator::code)
                .containsExactly("市考个性工作-1", "市考个性工作-2");
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("表1 第3行");
            assertThat(p.message()).contains("没有考核指标内容");
        });
    }

    @Test
    void duplicateNumbersAreReported() {
        String text = """
                分解表（共性指标）

                | 项目 | 指标任务 | 责任处室 | 责任领导 |
                |---|---|---|---|
                | 党风廉政建设 | 1. 某项工作 | 机关纪委 | 张新鳌 |
                | | 1. 重复编号的工作 | 办公室 | 年 奎 |
                """;
        DecompositionTable table = reader.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.indicators()).singleElement()
                .satisfies(i -> assertThat(i.code()).isEqualTo("共性指标-党风廉政建设-1"));
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("表1 第3行");
            assertThat(p.message()).contains("共性指标-党风廉政建设-1", "重复");
        });
    }

    @Test
    void tableWithoutHeaderIsReported() {
        String text = """
                分解表（负面清单）

                | 保密工作 | 发生违规及失泄密问题的 | 办公室 |
                |---|---|---|
                """;
        DecompositionTable table = reader.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.indicators()).isEmpty();
        assertThat(table.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("缺少表头"));
    }

    @Test
    void unknownCommonCategoryIsKeptAsWritten() {
        String text = """
                分解表（共性指标）

                | 项目 | 指标任务 | 责任处室 | 责任领导 |
                |---|---|---|---|
                | 安全 生产 | 1. 某项工作 | 办公室 | 年奎 |
                """;
        DecompositionTable table = reader.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(table.problems()).isEmpty();
        assertThat(table.indicators()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(IndicatorKind.COMMON);
            assertThat(i.category()).isEqualTo("安全生产");
            assertThat(i.code()).isEqualTo("共性指标-安全生产-1");
        });
    }
}
