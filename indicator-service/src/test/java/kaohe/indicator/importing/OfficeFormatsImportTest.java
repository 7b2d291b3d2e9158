package kaohe.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same seed laid out as .xlsx and .docx must import to the same 52 indicators as the text form. */
class OfficeFormatsImportTest {

    private static List<RawTable> seedTables;
    private static List<ParsedIndicator> fromText;

    @BeforeAll
    static void readSeed() throws UnreadableFileException {
        seedTables = new TextTableReader(ImportLimits.DEFAULTS.budget()).read(SeedText.bytes());
        fromText = withoutSource(new DecompositionTableReader().read(SeedText.bytes()).indicators());
    }

    @Test
    void xlsxWithOneSheetPerKindAndMergedCategoryCells() {
        DecompositionTable table = new DecompositionTableReader().read(OfficeDocuments.xlsx(seedTables));

        assertThat(table.problems()).isEmpty();
        assertThat(withoutSource(table.indicators())).hasSize(52).containsExactlyElementsOf(fromText);
        assertThat(table.indicators().get(1).source()).isEqualTo("工作表“市考个性工作” 第3行");
    }

    @Test
    void docxWithTitleParagraphsAndTables() {
        DecompositionTable table = new DecompositionTableReader().read(OfficeDocuments.docx(seedTables));

        assertThat(table.problems()).isEmpty();
        assertThat(withoutSource(table.indicators())).hasSize(52).containsExactlyElementsOf(fromText);
        assertThat(table.indicators().get(1).source()).isEqualTo("表2 第2行");
    }

    @Test
    void builtWorkbookReallyHasMergedCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(OfficeDocuments.xlsx(seedTables)))) {
            assertThat(workbook.getSheet("市考个性工作").getMergedRegions()).extracting(CellRangeAddress::formatAsString)
                    .contains("A2:B2", "A3:A9");
        }
    }

    @Test
    void verticallyMergedDepartmentCellAppliesToEveryRowItSpans() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("负面清单");
            String[][] rows = {
                    {"考核内容", "考核指标", "市级牵头单位", "责任处室", "责任领导"},
                    {"保密工作", "发生违规及失泄密问题的", "市委机要和保密局", "办公室", "年 奎"},
                    {"督查工作", "未按督查要求落实到位的", "市委办公厅", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 4, 4));
            workbook.write(out);

            DecompositionTable table = new DecompositionTableReader().read(out.toByteArray());

            assertThat(table.problems()).isEmpty();
            assertThat(table.indicators()).extracting(ParsedIndicator::code, ParsedIndicator::leadDepartments,
                    ParsedIndicator::leaders).containsExactly(
                    tuple("负面清单-1", List.of("办公室"), List.of("年奎")),
                    tuple("负面清单-2", List.of("办公室"), List.of("年奎")));
        }
    }

    @Test
    void formatIsDecidedByContentNotByName() {
        // Same bytes, whatever the upload was called: only the content is passed in.
        assertThat(new DecompositionTableReader().read(OfficeDocuments.docx(seedTables)).indicators()).hasSize(52);
        assertThat(new DecompositionTableReader().read(OfficeDocuments.xlsx(seedTables)).indicators()).hasSize(52);
    }

    private static List<ParsedIndicator> withoutSource(List<ParsedIndicator> indicators) {
        return indicators.stream().map(i -> new ParsedIndicator(i.kind(), i.code(), i.category(), i.text(),
                i.provincial(), i.leadDepartments(), i.cooperatingDepartments(), i.allDepartmentsCooperate(),
                i.leaders(), i.cityLeadUnit(), i.targets(), "")).toList();
    }
}
