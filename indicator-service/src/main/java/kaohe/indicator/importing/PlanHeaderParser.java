package kaohe.indicator.importing;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notice's own words around the table: issuing body (…文件), title (关于…的通知), document number
 * (市审批发〔2020〕14号), year (2020年度), issue date (the date under the signature) and the liaison deadline
 * (请于7月10日前报办公室). A spreadsheet has none of these; the office then gives them with the import.
 */
public class PlanHeaderParser {

    private static final Pattern ISSUING_BODY = Pattern.compile("(?m)^\\s*(\\S+?)文件\\s*$");
    private static final Pattern TITLE = Pattern.compile("(?m)^\\s*(\\S.*?关于.*?通知)\\s*$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\p{IsHan}+〔\\d{4}〕\\d+号");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DUE = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日前");

    public PlanHeader read(byte[] content) {
        String text = textOf(content);
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
        return new PlanHeader(year,
                find(TITLE, text).map(m -> m.group(1).replaceAll("\\s+", "")).orElse(null),
                find(ISSUING_BODY, text).map(m -> m.group(1)).orElse(null),
                find(DOCUMENT_NUMBER, text).map(Matcher::group).orElse(null),
                issuedOn, due);
    }

    private static String textOf(byte[] content) {
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            try (var document = new XWPFDocument(new ByteArrayInputStream(content));
                 var extractor = new XWPFWordExtractor(document)) {
                return extractor.getText();
            } catch (IOException | RuntimeException notAWordDocument) {
                return "";
            }
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    private static java.util.Optional<Matcher> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher) : java.util.Optional.empty();
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
