package kaohe.indicator.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import kaohe.indicator.event.IndicatorKind;

/**
 * Builds .xlsx and .docx files from the raw tables of the text form, the way an office would lay them out:
 * merged category cells, a header spanning two columns, one sheet per kind, a title paragraph per kind.
 */
public final class OfficeDocuments {

    private OfficeDocuments() {
    }

    /** One sheet per kind: a title row, then every page's table including repeated and blank headers. */
    static byte[] xlsx(List<RawTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, List<RawTable>> kind : byKind(tables).entrySet()) {
                Sheet sheet = workbook.createSheet(kind.getKey());
                sheet.createRow(0).createCell(0).setCellValue(kind.getValue().get(0).title());
                int r = 1;
                for (RawTable table : kind.getValue()) {
                    for (RawRow raw : table.rows()) {
                        List<String> cells = clean(raw.cells());
                        Row row = sheet.createRow(r);
                        for (int c = 0; c < cells.size(); c++) {
                            if (!cells.get(c).isEmpty()) {
                                row.createCell(c).setCellValue(cells.get(c));
                            }
                        }
                        if (spansTwoColumns(cells)) {
                            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
                        }
                        r++;
                    }
                }
                mergeBlankCategoryCells(sheet, r);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two sheets named by kind, each stating the plan's year only in its title row, as offices send them. */
    public static byte[] xlsxWithYearInTitleRows() {
        String title = "2020年度目标责任考核指标任务分解表";
        String[][] keyWork = {{title}, {"考核指标", "责任处室", "责任领导"}, {"1. 打造 30 个示范镇街", "办公室", "年奎"}};
        String[][] negative = {{title}, {"考核指标", "市级牵头单位", "责任处室", "责任领导"},
                {"1. 发生违规及失泄密问题的", "市委机要和保密局", "办公室", "年奎"}};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (var sheet : Map.of("个性工作", keyWork, "负面清单", negative).entrySet()) {
                Sheet created = workbook.createSheet(sheet.getKey());
                for (int r = 0; r < sheet.getValue().length; r++) {
                    Row row = created.createRow(r);
                    for (int c = 0; c < sheet.getValue()[r].length; c++) {
                        row.createCell(c).setCellValue(sheet.getValue()[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notice's paragraphs, then each table preceded by its title (or an empty paragraph at a page break). */
    static byte[] docx(List<RawTable> tables) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("西安市行政审批服务局关于 2020年度目标责任考核指标任务分解的通知");
            document.createParagraph().createRun().setText("附件：市行政审批局 2020 年度目标责任考核指标任务分解表");
            for (RawTable raw : tables) {
                document.createParagraph().createRun().setText(raw.title() == null ? "" : raw.title());
                writeTable(document, raw);
            }
            document.createParagraph().createRun().setText("注：标★为省考指标。");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTable(XWPFDocument document, RawTable raw) {
        int columns = raw.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        XWPFTable table = document.createTable(raw.rows().size(), columns);
        boolean categoryAbove = false;
        for (int r = 0; r < raw.rows().size(); r++) {
            List<String> cells = clean(raw.rows().get(r).cells());
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.getCell(c).setText(cells.get(c));
                }
            }
            boolean data = r > 0 && !cells.stream().allMatch(String::isEmpty);
            if (data && !cells.get(0).isEmpty()) {
                row.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                categoryAbove = true;
            } else if (data && categoryAbove && !isContinuation(cells)) {
                row.getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // no value: continues the merge above
            } else {
                categoryAbove = false;
            }
            if (spansTwoColumns(cells)) {
                XWPFTableCell first = row.getCell(0);
                first.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
                row.removeCell(1);
            }
        }
    }

    /** Merges each category cell down over the blank category cells of the data rows below it. */
    private static void mergeBlankCategoryCells(Sheet sheet, int rows) {
        int start = -1;
        for (int r = 1; r <= rows; r++) {
            List<String> cells = r < rows ? cellsOf(sheet.getRow(r)) : List.of();
            boolean blankRow = cells.stream().allMatch(String::isEmpty);
            boolean continuesMerge = !blankRow && cells.get(0).isEmpty() && !isContinuation(cells);
            if (!continuesMerge) {
                if (start >= 0 && r - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(start, r - 1, 0, 0));
                }
                start = !blankRow && !ColumnRole.isHeaderRow(cells) && !cells.get(0).isEmpty() ? r : -1;
            }
        }
    }

    /** Continuation rows (text only) stay outside merges, as they sit below a page break in the original. */
    private static boolean isContinuation(List<String> cells) {
        return cells.size() > 1 && cells.stream().filter(c -> !c.isEmpty()).count() == 1
                && !cells.get(1).isEmpty() && !cells.get(1).matches("^\\d+\\..*");
    }

    private static boolean spansTwoColumns(List<String> cells) {
        return ColumnRole.isHeaderRow(cells) && cells.size() > 1 && cells.get(1).isEmpty();
    }

    private static List<String> cellsOf(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return cells.isEmpty() ? List.of("") : cells;
    }

    private static List<String> clean(List<String> cells) {
        return cells.stream().map(CellText::clean).toList();
    }

    /** Groups the tables under a sheet name per kind; untitled tables belong to the kind before them. */
    private static Map<String, List<RawTable>> byKind(List<RawTable> tables) {
        Map<String, List<RawTable>> sheets = new LinkedHashMap<>();
        String sheet = null;
        for (RawTable table : tables) {
            IndicatorKind kind = KindTitles.kindOf(table.title()).orElse(null);
            if (kind != null) {
                sheet = kind.label();
            }
            sheets.computeIfAbsent(sheet, k -> new ArrayList<>()).add(table);
        }
        return sheets;
    }
}
