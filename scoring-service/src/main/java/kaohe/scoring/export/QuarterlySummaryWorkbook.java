package kaohe.scoring.export;

import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.query.RankingRow;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.ScoreItem;
import kaohe.scoring.score.Scorecard;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quarterly summary (汇总) the office reports upward to the city assessment office, as an .xlsx workbook: the
 * ranking with every component (汇总), each department's tasks against plan (任务进展), the evidence its reports
 * carry (佐证资料) and negative-list breaches (负面清单). Text is stored as Unicode strings, so Chinese survives
 * any spreadsheet program.
 */
public final class QuarterlySummaryWorkbook {

    private QuarterlySummaryWorkbook() {
    }

    public static byte[] write(PlanFacts plan, Period period, LocalDate asOf, List<RankingRow> ranking,
                               Map<String, Scorecard> cards) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            summary(workbook.createSheet("汇总"), styles, plan, period, asOf, ranking);
            tasks(workbook.createSheet("任务进展"), styles, ranking, cards);
            evidence(workbook.createSheet("佐证资料"), styles, plan, period, ranking);
            breaches(workbook.createSheet("负面清单"), styles, plan, period);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(Sheet sheet, Styles styles, PlanFacts plan, Period period, LocalDate asOf,
                                List<RankingRow> ranking) {
        List<String> components = ExportColumns.components(plan, ranking);
        List<String> titles = new ArrayList<>(List.of("排名", "处室"));
        titles.addAll(components);
        titles.addAll(List.of("加分", "扣分", "总分", "预警", "一票否决", "待办事项"));
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(plan.title() + " — " + label(period) + "考核汇总");
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, titles.size() - 1));
        int rulesVersion = ranking.isEmpty() ? plan.currentRules().version() : ranking.get(0).rulesVersion();
        sheet.createRow(1).createCell(0).setCellValue("统计截至 " + asOf + "；评分规则第 " + rulesVersion + " 版；"
                + "总分 = 各项按权重加权 + 加分 − 扣分");
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, titles.size() - 1));
        header(sheet, 2, styles, titles.toArray(String[]::new));
        int r = 3;
        for (RankingRow row : ranking) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(row.rank());
            line.createCell(1).setCellValue(row.department());
            int c = 2;
            for (var component : row.components()) {
                number(line, c++, component.score());
            }
            number(line, c++, row.bonus());
            number(line, c++, row.deductions());
            number(line, c++, row.total());
            line.createCell(c++).setCellValue(kaohe.scoring.score.Warning.valueOf(row.warning()).label());
            line.createCell(c++).setCellValue(row.vetoed() ? "是" : "否");
            line.createCell(c).setCellValue(row.alerts());
        }
        int[] widths = new int[titles.size()];
        widths[0] = 6;
        widths[1] = 22;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = Math.max(8, titles.get(i).length() + 2);
        }
        widths(sheet, widths);
    }

    private static void tasks(Sheet sheet, Styles styles, List<RankingRow> ranking, Map<String, Scorecard> cards) {
        header(sheet, 0, styles, "处室", "任务", "完成进度得分", "预警", "计算过程");
        int r = 1;
        for (RankingRow row : ranking) {
            for (ScoreItem task : cards.get(row.department()).itemsOf("completion")) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.department());
                line.createCell(1).setCellValue(task.label());
                number(line, 2, task.score());
                line.createCell(3).setCellValue(task.warning().label());
                line.createCell(4).setCellValue(task.explanation());
            }
        }
        widths(sheet, 22, 40, 12, 8, 80);
    }

    private static void evidence(Sheet sheet, Styles styles, PlanFacts plan, Period period, List<RankingRow> ranking) {
        header(sheet, 0, styles, "处室", "季度", "佐证编号", "文件名", "类型", "归档");
        int r = 1;
        for (RankingRow row : ranking) {
            for (var report : plan.reportsOf(row.department())) {
                if (!period.quarters().contains(report.quarter())) {
                    continue;
                }
                for (String id : report.evidence()) {
                    var found = plan.evidence(id);
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.department());
                    line.createCell(1).setCellValue(report.quarter());
                    line.createCell(2).setCellValue(id);
                    line.createCell(3).setCellValue(found.map(e -> e.originalName()).orElse(""));
                    line.createCell(4).setCellValue(found.map(e -> e.contentType()).orElse(""));
                    line.createCell(5).setCellValue(found.map(e -> e.withdrawn() != null ? "已撤回"
                            : e.archived() != null ? "已归档" : "未归档").orElse("未知"));
                }
            }
        }
        widths(sheet, 22, 10, 38, 36, 18, 8);
    }

    private static void breaches(Sheet sheet, Styles styles, PlanFacts plan, Period period) {
        header(sheet, 0, styles, "处室", "负面清单事项", "发生日期", "情况", "确认人", "状态");
        int r = 1;
        for (var breach : plan.breaches()) {
            if (!period.contains(breach.occurredOn())) {
                continue;
            }
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(breach.department());
            line.createCell(1).setCellValue(plan.indicator(breach.indicatorId()).map(i -> i.code() + " " + i.text())
                    .orElse(breach.indicatorId()));
            line.createCell(2).setCellValue(breach.occurredOn().toString());
            line.createCell(3).setCellValue(breach.description());
            line.createCell(4).setCellValue(breach.confirmedBy());
            line.createCell(5).setCellValue(switch (breach.state()) {
                case RECORDED -> "已认定";
                case APPEALED -> "申诉中";
                case APPEAL_REJECTED -> "申诉驳回";
                case REVOKED -> "已撤销";
            });
        }
        widths(sheet, 22, 50, 12, 50, 12, 10);
    }

    private static String label(Period period) {
        return period.wholeYear() ? period.year() + " 年度" : period.year() + " 年第 " + period.quarter() + " 季度";
    }

    private static void header(Sheet sheet, int rowIndex, Styles styles, String... titles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, rowIndex + 1);
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        } else {
            row.createCell(column).setCellValue("—");
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 2 * 256 / 2 + 512);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
        }
    }
}
