package kaohe.indicator.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kaohe.indicator.event.IndicatorKind;
import kaohe.platform.input.DecimalBounds;

/**
 * Turns raw tables (from any format) into indicators. Tables split at page breaks are stitched back together:
 * an untitled table continues the previous kind, a blank header reuses the previous column roles, a blank
 * category continues the category above, and a bare text row continues the item above.
 */
final class DecompositionTableParser {

    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3})\\s*[.．、](?!\\d)");
    private static final String PROVINCIAL_MARK = "★";
    /** A proposed target is held to the API's bound on every decimal: what the office could not type, no file brings. */
    private static final String TARGET_RULE = "最多 " + DecimalBounds.MAX_DIGITS + " 位有效数字、"
            + DecimalBounds.MAX_DECIMALS + " 位小数";
    private static final int SHOWN_DIGITS = 24;

    private final ImportBudget budget;
    private final List<Item> items = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private IndicatorKind kind;
    private List<ColumnRole> roles;
    private String category;

    DecompositionTableParser(ImportBudget budget) {
        this.budget = budget;
    }

    DecompositionTable parse(List<RawTable> tables) {
        for (RawTable table : tables) {
            parseTable(table);
        }
        List<ParsedIndicator> indicators = assignCodes();
        if (indicators.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem("文件", "文件不是分解表：表格中没有任何考核指标"));
        }
        return new DecompositionTable(indicators, problems);
    }

    private void parseTable(RawTable table) {
        Optional<IndicatorKind> titled = KindTitles.kindOf(table.title());
        if (titled.isPresent()) {
            kind = titled.get();
            roles = null;
            category = null;
        } else if (kind == null) {
            problems.add(new ImportProblem(table.location(),
                    "无法确定指标类型：表格前没有写明“省考共性”“个性工作”“共性指标”或“负面清单”的标题，该表未导入"));
            return;
        }
        for (RawRow row : table.rows()) {
            budget.checkTime();
            List<String> cells = row.cells().stream().map(CellText::clean).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue; // blank rows, including a blank repeated header: the previous column roles still apply
            }
            if (ColumnRole.isHeaderRow(cells)) {
                roles = ColumnRole.fromHeaderRow(cells);
            } else if (roles == null) {
                problems.add(new ImportProblem(row.location(),
                        "表格缺少表头（应有“考核指标”“责任处室”“责任领导”等列），该表未导入"));
                return;
            } else {
                parseRow(new Row(cells, roles), row.location());
            }
        }
    }

    private void parseRow(Row row, String location) {
        boolean provincial = row.cells.stream().anyMatch(c -> c.contains(PROVINCIAL_MARK));
        String categoryCell = row.get(ColumnRole.CATEGORY).replace(PROVINCIAL_MARK, "").strip();
        String text = row.get(ColumnRole.TEXT).replace(PROVINCIAL_MARK, "").strip();
        String newCategory = categoryCell.isEmpty() ? category : CategoryNormalizer.normalize(categoryCell, kind);
        boolean sameCategory = categoryCell.isEmpty() || newCategory.equals(category);
        boolean noAssignment = row.get(ColumnRole.LEAD).isEmpty() && row.get(ColumnRole.COOPERATING).isEmpty()
                && row.get(ColumnRole.LEADERS).isEmpty() && row.get(ColumnRole.CITY_LEAD_UNIT).isEmpty();
        Item previous = items.isEmpty() ? null : items.get(items.size() - 1);

        if (text.isEmpty()) {
            if (noAssignment && !categoryCell.isEmpty()) {
                category = newCategory; // a category heading row of its own
            } else {
                problems.add(new ImportProblem(location, "该行没有考核指标内容，未导入"));
            }
            return;
        }
        // Page breaks cut an item's text; the rest arrives as a row with nothing but text.
        if (sameCategory && noAssignment && !ITEM_NUMBER.matcher(text).find()
                && previous != null && previous.kind == kind) {
            previous.text.append(text);
            ImportBudget.atMost(previous.text.length(), budget.limits().maxCellLength(), "单个指标的文字长度");
            previous.provincial |= provincial;
            return;
        }
        category = newCategory;
        if (kind == IndicatorKind.COMMON && category == null) {
            problems.add(new ImportProblem(location, "共性指标缺少考核项目（如“党风廉政建设”），未导入"));
            return;
        }
        Matcher number = ITEM_NUMBER.matcher(text);
        items.add(new Item(kind, category, text, number.find() ? Integer.valueOf(number.group(1)) : null, provincial,
                DepartmentCellParser.parse(row.get(ColumnRole.LEAD), row.get(ColumnRole.COOPERATING)),
                LeaderCellParser.parse(row.get(ColumnRole.LEADERS)), row.get(ColumnRole.CITY_LEAD_UNIT), location));
    }

    /**
     * Codes use the number written in front of the text. In a list without numbers, items are counted from 1;
     * an unnumbered item among numbered ones takes the number before it (0 at the start), as the 个性工作 row
     * preceding item 1 does. Anything that still collides is reported rather than overwritten.
     */
    private List<ParsedIndicator> assignCodes() {
        Map<String, List<Item>> scopes = new LinkedHashMap<>();
        for (Item item : items) {
            scopes.computeIfAbsent(scopePrefix(item), k -> new ArrayList<>()).add(item);
        }
        Map<String, Item> byCode = new HashMap<>();
        List<ParsedIndicator> indicators = new ArrayList<>();
        for (Item item : items) {
            budget.checkTime();
            List<Item> scope = scopes.get(scopePrefix(item));
            String code = scopePrefix(item) + "-" + number(item, scope);
            Item first = byCode.putIfAbsent(code, item);
            if (first != null) {
                problems.add(new ImportProblem(item.source,
                        "编号“" + code + "”重复（与" + first.source + "相同），该行未导入"));
                continue;
            }
            ParsedIndicator indicator = item.toIndicator(code, TargetExtractor.extract(item.text.toString(), budget));
            Optional<ProposedTarget> unbounded = indicator.targets().stream()
                    .filter(target -> !DecimalBounds.holds(target.value())).findFirst();
            if (unbounded.isPresent()) {
                problems.add(new ImportProblem(item.source, "目标值“" + shown(unbounded.get().value())
                        + "”超出范围（" + TARGET_RULE + "），该行未导入"));
            } else {
                indicators.add(indicator);
            }
        }
        return indicators;
    }

    /** A refused number as a message may quote it: a few thousand digits are cut. */
    private static String shown(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.length() <= SHOWN_DIGITS ? plain : plain.substring(0, SHOWN_DIGITS) + "…";
    }

    private static String scopePrefix(Item item) {
        return item.kind == IndicatorKind.COMMON ? item.kind.label() + "-" + item.category : item.kind.label();
    }

    private static int number(Item item, List<Item> scope) {
        if (item.number != null) {
            return item.number;
        }
        if (scope.stream().allMatch(i -> i.number == null)) {
            return scope.indexOf(item) + 1;
        }
        int before = 0;
        for (Item other : scope.subList(0, scope.indexOf(item))) {
            if (other.number != null) {
                before = other.number;
            }
        }
        return before;
    }

    /** A data row read through the current column roles. */
    private record Row(List<String> cells, List<ColumnRole> roles) {

        String get(ColumnRole role) {
            int column = roles.indexOf(role);
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** An indicator being assembled; its text can still grow by continuation rows. */
    private static final class Item {
        final IndicatorKind kind;
        final String category;
        final StringBuilder text;
        final Integer number;
        boolean provincial;
        final DepartmentAssignment departments;
        final List<String> leaders;
        final String cityLeadUnit;
        final String source;

        Item(IndicatorKind kind, String category, String text, Integer number, boolean provincial,
                DepartmentAssignment departments, List<String> leaders, String cityLeadUnit, String source) {
            this.kind = kind;
            this.category = category;
            this.text = new StringBuilder(text);
            this.number = number;
            this.provincial = provincial;
            this.departments = departments;
            this.leaders = leaders;
            this.cityLeadUnit = cityLeadUnit.isEmpty() ? null : cityLeadUnit;
            this.source = source;
        }

        ParsedIndicator toIndicator(String code, List<ProposedTarget> targets) {
            return new ParsedIndicator(kind, code, category, text.toString(), provincial, departments.lead(),
                    departments.cooperating(), departments.allCooperate(), leaders, cityLeadUnit, targets, source);
        }
    }
}
