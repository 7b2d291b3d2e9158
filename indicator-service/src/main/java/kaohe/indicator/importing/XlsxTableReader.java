package kaohe.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an .xlsx workbook, usually one sheet per kind. The sheet name or a one-cell title row names the kind;
 * a title row inside a sheet starts a new table, so one sheet may also hold all kinds. Formulas are read as Excel
 * last computed them: the importer never evaluates what a file asks it to.
 */
final class XlsxTableReader {

    private final DataFormatter formatter = new DataFormatter();
    private final ImportBudget budget;

    XlsxTableReader(ImportBudget budget) {
        this.budget = budget;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    List<RawTable> read(byte[] content) throws UnreadableFileException {
        List<RawTable> tables = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                readSheet(sheet, tables);
            }
        } catch (FileTooComplexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OfficeFiles.unreadable("无法读取 Excel 文件：", e);
        }
        if (tables.isEmpty()) {
            throw new UnreadableFileException("文件不是分解表：Excel 文件中没有任何表格内容");
        }
        return tables;
    }

    /** Every sheet's lone-cell rows, one a line: where a spreadsheet states its year and title, as a notice does. */
    String titleRows(byte[] content) throws UnreadableFileException {
        StringJoiner lines = new StringJoiner("\n");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    budget.checkTime();
                    List<String> filled = new ArrayList<>();
                    for (Cell cell : row) {
                        String value = value(cell);
                        if (!value.isBlank()) {
                            filled.add(value);
                        }
                    }
                    if (filled.size() == 1) {
                        budget.text(filled.get(0));
                        lines.add(filled.get(0));
                    }
                }
            }
        } catch (FileTooComplexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OfficeFiles.unreadable("无法读取 Excel 文件：", e);
        }
        return lines.toString();
    }

    private void readSheet(Sheet sheet, List<RawTable> tables) {
        String location = "工作表“" + sheet.getSheetName() + "”";
        int lastRow = sheet.getLastRowNum();
        Map<CellAddress, String> merged = new HashMap<>();
        Map<Integer, Integer> mergedWidths = new HashMap<>();
        verticallyMergedValues(sheet, lastRow, merged, mergedWidths);
        String title = sheet.getSheetName();
        List<RawRow> rows = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            budget.checkTime();
            Row row = sheet.getRow(r);
            if (row == null && !mergedWidths.containsKey(r)) {
                continue;
            }
            List<String> cells = cells(row, r, merged, mergedWidths.getOrDefault(r, 0));
            if (isTitleRow(cells)) {
                addTable(tables, title, location, rows);
                String named = String.join("", cells);
                title = KindTitles.kindOf(named).isPresent() ? named : sheet.getSheetName();
                rows = new ArrayList<>();
            } else if (!cells.isEmpty()) {
                budget.rows(1);
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

    private List<String> cells(Row row, int r, Map<CellAddress, String> merged, int mergedWidth) {
        int width = Math.max(row == null ? 0 : Math.max(row.getLastCellNum(), 0), mergedWidth);
        budget.columns(width);
        budget.cells(width);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String fill = merged.get(new CellAddress(r, c));
            String text = fill != null ? fill : value(row == null ? null : row.getCell(c));
            budget.text(text);
            cells.add(text);
        }
        return cells.stream().allMatch(String::isBlank) ? List.of() : cells;
    }

    /**
     * A cell merged over several rows (one lead department for consecutive items) applies to every row; the value
     * is copied down its first column. Horizontal merges stay blank, as a 考核指标 header over two columns must.
     * A merge is cut at the sheet's last row (below it there is nothing to fill), then counted before it is filled.
     */
    private void verticallyMergedValues(Sheet sheet, int lastRow, Map<CellAddress, String> values,
                                        Map<Integer, Integer> widths) {
        ImportBudget.atMost(sheet.getNumMergedRegions(), budget.limits().maxMergedRegions(),
                "工作表“" + sheet.getSheetName() + "”的合并区域数");
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            budget.checkTime();
            int last = Math.min(region.getLastRow(), lastRow);
            if (last <= region.getFirstRow()) {
                continue;
            }
            int column = region.getFirstColumn();
            budget.columns(column + 1L);
            budget.cells(last - region.getFirstRow());
            Row top = sheet.getRow(region.getFirstRow());
            String value = value(top == null ? null : top.getCell(column));
            for (int r = region.getFirstRow() + 1; r <= last; r++) {
                values.put(new CellAddress(r, column), value);
                widths.merge(r, column + 1, Math::max);
            }
        }
    }

    private String value(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }
}
