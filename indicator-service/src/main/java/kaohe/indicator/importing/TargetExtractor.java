package kaohe.indicator.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes quantitative targets ("打造 30 个示范镇街", "比例达到 70%") from an indicator's text. These are
 * only proposals: a human confirms them, so the surrounding clause is kept with each.
 */
final class TargetExtractor {

    /**
     * A number followed by a counting unit. Years (2020 年), durations (15 分钟), hotline numbers (12345 市民热线)
     * and item numbers ("1.") are excluded simply because their following word is not a unit; 第 makes an ordinal.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.．第])(\\d+(?:\\.\\d+)?)\\s*(万元|亿元|万人|人次|%|％|个|家|次|项|件|起|户|场|篇|条|批)");
    private static final String CLAUSE_ENDS = "，。；;！？!?,";
    /** Where the noun after the unit ends: punctuation, brackets, or a conjunction joining the next target. */
    private static final Pattern SUBJECT_END = Pattern.compile("[\\s，。；;,、：:（()）和及并与]");
    private static final int MAX_SUBJECT_LENGTH = 16;
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d{1,3}\\s*[.．、]\\s*");
    private static final Pattern COMPARED_TO = Pattern.compile("较.{0,6}?(年度|年)");
    /** Verbs in front of a number, stripped from the end of its subject (a loop, not a regular expression: linear). */
    private static final List<String> TRAILING_VERBS = List.of("达到", "下降", "提高到", "提高至", "提高", "提升至", "提升",
            "增长", "增加", "减少", "降低", "不低于", "不少于", "不超过", "不高于", "至少", "超过", "控制在", "保持在", "发生", "为", "在");
    private static final String SPACES = " \t\n\u000B\f\r";
    private static final Pattern LEADING_VERB = Pattern.compile("^(未完成|未达到|确保|力争)");

    private TargetExtractor() {
    }

    /** Each quantity found costs a look back and ahead in its clause, so their number is bounded first. */
    static List<ProposedTarget> extract(String text, ImportBudget budget) {
        List<ProposedTarget> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher m = QUANTITY.matcher(budget.watched(text));
        int previousEnd = 0;
        int found = 0;
        while (m.find()) {
            ImportBudget.atMost(++found, budget.limits().maxTargets(), "一个指标中的数量（数字加单位）个数");
            budget.checkTime();
            BigDecimal value = new BigDecimal(m.group(1));
            String unit = m.group(2).equals("％") ? "%" : m.group(2);
            int clauseStart = clauseStart(text, m.start());
            String clause = text.substring(clauseStart, clauseEnd(text, m.end()));
            // "发生 1 起（含 1 起）以上" restates one threshold; one proposal per value and unit in a clause.
            boolean repeated = !seen.add(clauseStart + "|" + value.stripTrailingZeros().toPlainString() + unit);
            int subjectStart = Math.max(clauseStart, previousEnd);
            previousEnd = m.end();
            if (repeated) {
                continue;
            }
            String subject = unit.equals("%") ? "" : subjectAfter(text, m.end());
            if (subject.isEmpty()) {
                subject = subjectBefore(text.substring(subjectStart, m.start()));
            }
            targets.add(new ProposedTarget(value, unit, subject, stripItemNumber(clause.strip())));
        }
        return List.copyOf(targets);
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String subjectAfter(String text, int unitEnd) {
        int from = unitEnd;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int limit = Math.min(text.length(), from + MAX_SUBJECT_LENGTH);
        Matcher end = SUBJECT_END.matcher(text).region(from, limit);
        return text.substring(from, end.find() ? end.start() : limit);
    }

    /** "市级政务大厅进驻事项比例达到 " → "市级政务大厅进驻事项比例"; a list (、) starts a new subject. */
    private static String subjectBefore(String beforeInClause) {
        String s = beforeInClause.substring(beforeInClause.lastIndexOf('、') + 1);
        s = stripItemNumber(s.strip());
        s = COMPARED_TO.matcher(s).replaceAll("");
        return LEADING_VERB.matcher(withoutTrailingVerbs(s)).replaceFirst("").strip();
    }

    /** "…比例达到 " → "…比例": the longest verb at the end, again and again, with the spaces after it. */
    private static String withoutTrailingVerbs(String s) {
        int end = s.length();
        while (true) {
            while (end > 0 && SPACES.indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            int verb = 0;
            for (String candidate : TRAILING_VERBS) {
                if (candidate.length() > verb && s.startsWith(candidate, end - candidate.length())) {
                    verb = candidate.length();
                }
            }
            if (verb == 0) {
                return s.substring(0, end);
            }
            end -= verb;
        }
    }

    private static String stripItemNumber(String s) {
        return ITEM_NUMBER.matcher(s).replaceFirst("");
    }
}
