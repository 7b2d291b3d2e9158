package kaohe.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
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

    /** Anything wider is refused anyway; keeps a span of 2^64 from wrapping around. */
    private static final BigInteger MAX_SPAN = BigInteger.valueOf(Integer.MAX_VALUE);

    private final ImportBudget budget;

    DocxTableReader(ImportBudget budget) {
        this.budget = budget;
    }

    List<RawTable> read(byte[] content) throws UnreadableFileException {
        List<RawTable> tables = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            String title = null;
            for (IBodyElement element : document.getBodyElements()) {
                budget.checkTime();
                if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                    title = paragraph.getText().strip();
                } else if (element instanceof XWPFTable table) {
                    tables.add(table(table, title, tables.size() + 1));
                    title = null;
                }
            }
        } catch (FileTooComplexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OfficeFiles.unreadable("无法读取 Word 文件：", e);
        }
        if (tables.isEmpty()) {
            throw new UnreadableFileException("文件不是分解表：Word 文档中没有表格");
        }
        return tables;
    }

    private RawTable table(XWPFTable table, String title, int number) {
        String location = "表" + number;
        budget.rows(table.getNumberOfRows());
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
     * Spans are added up and checked before any blank is laid out.
     */
    private List<String> cells(XWPFTableRow row, Map<Integer, String> above) {
        budget.checkTime();
        List<XWPFTableCell> tableCells = row.getTableCells();
        long width = 0;
        for (XWPFTableCell cell : tableCells) {
            width += span(cell.getCTTc().getTcPr());
        }
        budget.columns(width);
        budget.cells(width);
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : tableCells) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int column = cells.size();
            String text = cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            if (properties != null && properties.isSetVMerge() && properties.getVMerge().getVal() != STMerge.RESTART) {
                text = above.getOrDefault(column, "");
            }
            budget.text(text);
            above.put(column, text);
            cells.add(text);
            for (long i = 1; i < span(properties); i++) {
                cells.add("");
            }
        }
        return cells;
    }

    private static long span(CTTcPr properties) {
        return properties != null && properties.isSetGridSpan()
                ? Math.max(1, properties.getGridSpan().getVal().min(MAX_SPAN).longValue()) : 1;
    }
}
