package kaohe.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an .xlsx workbook, usually one sheet per kind. The sheet name or a one-cell title row names the kind;
 * a title row inside a sheet starts a new table, so one sheet may also hold all kinds.
 */
final class XlsxTableReader {

    private final DataFormatter formatter = new DataFormatter();

    List<RawTable> read(byte[] content) throws UnreadableFileException {
        List<RawTable> tables = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                readSheet(sheet, evaluator, tables);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("无法读取 Excel 文件：" + e.getMessage());
        }
        if (tables.isEmpty()) {
            throw new UnreadableFileException("文件不是分解表：Excel 文件中没有任何表格内容");
        }
        return tables;
    }

    private void readSheet(Sheet sheet, FormulaEvaluator evaluator, List<RawTable> tables) {
        String location = "工作表“" + sheet.getSheetName() + "”";
        Map<CellAddress, String> merged = verticallyMergedValues(sheet, evaluator);
        String title = sheet.getSheetName();
        List<RawRow> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = cells(sheet.getRow(r), r, merged, evaluator);
            if (isTitleRow(cells)) {
                addTable(tables, title, location, rows);
                String named = String.join("", cells);
                title = KindTitles.kindOf(named).isPresent() ? named : sheet.getSheetName();
                rows = new ArrayList<>();
            } else if (!cells.isEmpty()) {
                rows.add(new RawRow(location + " 第" + (r + 1) + "行", cells));
            }
        }
        addTable(tables, title, location, rows);
    }

    private static void addTable(List<RawTable> tables, String title, String location, List<RawRow> rows) {
        if (!rows.isEmpty()) {
            tables.add(new RawTable(title, location, rows));
        }
    }

    /** A lone cell that names a kind or says 分解表; continuation rows also have one cell but name neither. */
    private static boolean isTitleRow(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !CellText.clean(c).isEmpty()).toList();
        return filled.size() == 1
                && (filled.get(0).contains("分解表") || KindTitles.kindOf(filled.get(0)).isPresent());
    }

    private List<String> cells(Row row, int r, Map<CellAddress, String> merged, FormulaEvaluator evaluator) {
        int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
        for (CellAddress address : merged.keySet()) {
            if (address.getRow() == r) {
                width = Math.max(width, address.getColumn() + 1);
            }
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String fill = merged.get(new CellAddress(r, c));
            cells.add(fill != null ? fill : value(row == null ? null : row.getCell(c), evaluator));
        }
        return cells.stream().allMatch(String::isBlank) ? List.of() : cells;
    }

    /**
     * A cell merged over several rows (one lead department for consecutive items) applies to every row; the value
     * is copied down its first column. Horizontal merges stay blank, as a 考核指标 header over two columns must.
     */
    private Map<CellAddress, String> verticallyMergedValues(Sheet sheet, FormulaEvaluator evaluator) {
        Map<CellAddress, String> values = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row top = sheet.getRow(region.getFirstRow());
            String value = value(top == null ? null : top.getCell(region.getFirstColumn()), evaluator);
            for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
                values.put(new CellAddress(r, region.getFirstColumn()), value);
            }
        }
        return values;
    }

    private String value(Cell cell, FormulaEvaluator evaluator) {
        return cell == null ? "" : formatter.formatCellValue(cell, evaluator);
    }
}
