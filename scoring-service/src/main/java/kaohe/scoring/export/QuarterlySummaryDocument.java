package kaohe.scoring.export;

import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.query.RankingRow;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.Warning;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The same summary as a Word document for the paper trail: a title in the manner of the notice, a paragraph the
 * office can sign off (how many departments, how many lights of each colour, who needs chasing), and the ranking
 * table. Fonts are the ones official documents use (仿宋 for text, 黑体 for the title), set for East Asian text.
 */
public final class QuarterlySummaryDocument {

    private QuarterlySummaryDocument() {
    }

    public static byte[] write(PlanFacts plan, Period period, LocalDate asOf, List<RankingRow> ranking) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            paragraph(document, plan.title() + "\n" + label(period) + "考核情况汇总", "黑体", 18, true,
                    ParagraphAlignment.CENTER);
            paragraph(document, summary(period, asOf, ranking), "仿宋", 14, false, ParagraphAlignment.BOTH);
            table(document, ExportColumns.components(plan, ranking), ranking);
            paragraph(document, "评分规则第 " + (ranking.isEmpty() ? plan.currentRules().version()
                    : ranking.get(0).rulesVersion()) + " 版；总分 = 各项按权重加权 + 加分 − 扣分。统计截至 " + asOf
                    + "。", "仿宋", 12, false, ParagraphAlignment.LEFT);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(Period period, LocalDate asOf, List<RankingRow> ranking) {
        Map<String, Long> lights = ranking.stream().collect(Collectors.groupingBy(
                row -> Warning.valueOf(row.warning()).label(), TreeMap::new, Collectors.counting()));
        String red = ranking.stream().filter(row -> "RED".equals(row.warning())).map(RankingRow::department)
                .collect(Collectors.joining("、"));
        String overdue = ranking.stream().filter(row -> row.alerts() > 0).map(RankingRow::department)
                .collect(Collectors.joining("、"));
        return "截至 " + asOf + "，" + label(period) + "共 " + ranking.size() + " 个处室参加考核，预警情况："
                + lights.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue() + " 个")
                .collect(Collectors.joining("，")) + "。"
                + (red.isEmpty() ? "" : "红灯处室：" + red + "，请抓紧推进。")
                + (overdue.isEmpty() ? "" : "有待办事项（逾期、预警或未补缺）的处室：" + overdue + "。");
    }

    private static void table(XWPFDocument document, List<String> components, List<RankingRow> ranking) {
        List<String> header = new ArrayList<>(List.of("排名", "处室"));
        header.addAll(components);
        header.addAll(List.of("加分", "扣分", "总分", "预警"));
        XWPFTable table = document.createTable(ranking.size() + 1, header.size());
        table.setWidth("100%");
        for (int i = 0; i < header.size(); i++) {
            cell(table, 0, i, header.get(i), true);
        }
        for (int r = 0; r < ranking.size(); r++) {
            RankingRow row = ranking.get(r);
            List<String> values = new ArrayList<>(List.of(Integer.toString(row.rank()), row.department()));
            row.components().forEach(component -> values.add(text(component.score())));
            values.addAll(List.of(text(row.bonus()), text(row.deductions()), text(row.total()),
                    Warning.valueOf(row.warning()).label() + (row.vetoed() ? "（一票否决）" : "")));
            for (int c = 0; c < values.size(); c++) {
                cell(table, r + 1, c, values.get(c), false);
            }
        }
    }

    private static void cell(XWPFTable table, int row, int column, String text, boolean bold) {
        var paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, "仿宋", 10, bold);
    }

    private static void paragraph(XWPFDocument document, String text, String font, int size, boolean bold,
                                  ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], font, size, bold);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        return run;
    }

    private static String text(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    private static String label(Period period) {
        return period.wholeYear() ? period.year() + " 年度" : period.year() + " 年第 " + period.quarter() + " 季度";
    }
}
