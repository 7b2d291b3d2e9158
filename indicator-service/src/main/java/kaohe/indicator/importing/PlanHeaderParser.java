package kaohe.indicator.importing;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notice's own words around the table: issuing body (…文件), title (关于…的通知), document number
 * (市审批发〔2020〕14号), year (2020年度), issue date (the date under the signature) and the liaison deadline
 * (请于7月10日前报办公室). A spreadsheet states at most year and title, in its title rows
 * (2020年度目标责任考核指标任务分解表); the office gives the rest with the import.
 * Every expression is linear in the text: none backtracks over a run of characters from each of its positions.
 */
final class PlanHeaderParser {

    private static final Pattern ISSUING_BODY = Pattern.compile("(?m)^\\h*+(\\S+?)文件\\h*+$");
    private static final String ABOUT = "关于";
    private static final String NOTICE = "通知";
    private static final String TABLE = "分解表";
    /** Starts only where a run of Han characters starts, so the run is not read again from each of its characters. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?<!\\p{IsHan})\\p{IsHan}++〔\\d{4}〕\\d+号");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DUE = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日前");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    PlanHeader read(byte[] content, ImportBudget budget) {
        String plain = textOf(content, budget);
        budget.document(plain);
        CharSequence text = budget.watched(plain);
        Integer year = find(YEAR, text).map(m -> Integer.valueOf(m.group(1))).orElse(null);
        LocalDate issuedOn = null;
        Matcher dates = DATE.matcher(text);
        while (dates.find()) {
            issuedOn = date(Integer.parseInt(dates.group(1)), dates.group(2), dates.group(3));
        }
        LocalDate due = null;
        Integer dueYear = issuedOn != null ? Integer.valueOf(issuedOn.getYear()) : year;
        var dueMatch = find(DUE, text);
        if (dueMatch.isPresent() && dueYear != null) {
            due = date(dueYear, dueMatch.get().group(1), dueMatch.get().group(2));
        }
        return new PlanHeader(year, title(plain, budget),
                find(ISSUING_BODY, text).map(m -> m.group(1)).orElse(null),
                find(DOCUMENT_NUMBER, text).map(Matcher::group).orElse(null),
                issuedOn, due);
    }

    /** The notice's 关于…通知 line; failing that, the first line that names the year's 分解表, as a sheet's title row. */
    private static String title(String text, ImportBudget budget) {
        String table = null;
        for (String line : text.split("\n")) {
            budget.checkTime();
            String s = line.strip();
            if (s.indexOf(ABOUT, 1) > 0 && s.endsWith(NOTICE) && s.indexOf(ABOUT, 1) <= s.length() - 4) {
                return SPACES.matcher(s).replaceAll("");
            }
            if (table == null && s.contains(TABLE) && YEAR.matcher(s).find()) {
                table = SPACES.matcher(s).replaceAll("");
            }
        }
        return table;
    }

    private static String textOf(byte[] content, ImportBudget budget) {
        try {
            return switch (FileFormat.of(content, budget)) {
                case TEXT -> new String(content, StandardCharsets.UTF_8);
                case DOCX -> wordText(content);
                case XLSX -> new XlsxTableReader(budget).titleRows(content);
            };
        } catch (UnreadableFileException notATable) {
            return "";
        }
    }

    private static String wordText(byte[] content) throws UnreadableFileException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(content));
             var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw OfficeFiles.unreadable("", e);
        }
    }

    private static Optional<Matcher> find(Pattern pattern, CharSequence text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
