package kaohe.indicator.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text form: pipe tables ("| 考核指标 | 责任处室 |") as produced by extracting the printed notice.
 * The line in front of a table is its title; page breaks split one logical table into several.
 */
final class TextTableReader {

    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");

    private final ImportBudget budget;

    TextTableReader(ImportBudget budget) {
        this.budget = budget;
    }

    List<RawTable> read(byte[] content) throws UnreadableFileException {
        List<RawTable> tables = new ArrayList<>();
        String title = null;
        List<List<String>> rows = new ArrayList<>();
        String text = decode(content);
        budget.document(text);
        for (String line : text.split("\\R", -1)) {
            budget.checkTime();
            String trimmed = line.strip();
            if (isTableLine(trimmed)) {
                List<String> cells = cells(trimmed);
                if (!cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c.strip()).matches())) {
                    budget.rows(1);
                    budget.columns(cells.size());
                    budget.cells(cells.size());
                    cells.forEach(budget::text);
                    rows.add(cells);
                }
                continue;
            }
            if (!rows.isEmpty()) {
                tables.add(table(title, tables.size() + 1, rows));
                rows = new ArrayList<>();
                title = null;
            }
            if (!trimmed.isEmpty()) {
                title = trimmed;
            }
        }
        if (!rows.isEmpty()) {
            tables.add(table(title, tables.size() + 1, rows));
        }
        if (tables.isEmpty()) {
            throw new UnreadableFileException("文件不是分解表：没有找到以“|”分隔的表格");
        }
        return tables;
    }

    private static String decode(byte[] content) throws UnreadableFileException {
        if (content.length == 0) {
            throw new UnreadableFileException("文件不是分解表：文件为空");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new UnreadableFileException("文件不是分解表：既不是 Word/Excel 文档，也不是文本");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("文件不是分解表：既不是 Word/Excel 文档，也不是 UTF-8 文本");
        }
    }

    private static boolean isTableLine(String trimmed) {
        return trimmed.length() > 1 && trimmed.startsWith("|") && trimmed.endsWith("|");
    }

    private static List<String> cells(String trimmed) {
        return Arrays.asList(trimmed.substring(1, trimmed.length() - 1).split("\\|", -1));
    }

    private static RawTable table(String title, int number, List<List<String>> rows) {
        String location = "表" + number;
        List<RawRow> rawRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            rawRows.add(new RawRow(location + " 第" + (i + 1) + "行", rows.get(i)));
        }
        return new RawTable(title, location, rawRows);
    }
}
