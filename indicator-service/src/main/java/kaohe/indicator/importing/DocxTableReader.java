package kaohe.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads the tables of a .docx in document order; the last paragraph before a table is its title. */
final class DocxTableReader {

    List<RawTable> read(byte[] content) throws UnreadableFileException {
        List<RawTable> tables = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            String title = null;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                    title = paragraph.getText().strip();
                } else if (element instanceof XWPFTable table) {
                    tables.add(table(table, title, tables.size() + 1));
                    title = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("无法读取 Word 文件：" + e.getMessage());
        }
        if (tables.isEmpty()) {
            throw new UnreadableFileException("文件不是分解表：Word 文档中没有表格");
        }
        return tables;
    }

    private static RawTable table(XWPFTable table, String title, int number) {
        String location = "表" + number;
        List<RawRow> rows = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(new RawRow(location + " 第" + (rows.size() + 1) + "行", cells(row, above)));
        }
        return new RawTable(title, location, rows);
    }

    /**
     * Lays cells out on the table grid: a cell spanning columns is followed by blanks (as a merged header over
     * category + text must be), and a vertically merged cell repeats the value of the cell where the merge began.
     */
    private static List<String> cells(XWPFTableRow row, Map<Integer, String> above) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int column = cells.size();
            String text = cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            if (properties != null && properties.isSetVMerge() && properties.getVMerge().getVal() != STMerge.RESTART) {
                text = above.getOrDefault(column, "");
            }
            above.put(column, text);
            cells.add(text);
            int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }
}
