package kaohe.indicator.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a table column holds, decided from its header cell. */
enum ColumnRole {
    CATEGORY, TEXT, LEAD, COOPERATING, LEADERS, CITY_LEAD_UNIT,
    /** Columns we recognise as header words but do not import (序号, 备注), or unnamed ones. */
    IGNORED;

    // Exact names (whitespace removed): a data cell that merely mentions 处室 or 任务 must not look like a header.
    private static final Map<String, ColumnRole> NAMES = Map.ofEntries(
            Map.entry("考核内容", CATEGORY), Map.entry("项目", CATEGORY), Map.entry("考核项目", CATEGORY),
            Map.entry("类别", CATEGORY), Map.entry("指标类别", CATEGORY),
            Map.entry("考核指标", TEXT), Map.entry("指标任务", TEXT), Map.entry("指标内容", TEXT),
            Map.entry("考核任务", TEXT), Map.entry("工作任务", TEXT),
            Map.entry("牵头处室", LEAD), Map.entry("责任处室", LEAD), Map.entry("责任单位", LEAD),
            Map.entry("牵头部门", LEAD), Map.entry("责任部门", LEAD),
            Map.entry("配合处室", COOPERATING), Map.entry("配合单位", COOPERATING), Map.entry("配合部门", COOPERATING),
            Map.entry("责任领导", LEADERS), Map.entry("分管领导", LEADERS),
            Map.entry("市级牵头单位", CITY_LEAD_UNIT), Map.entry("市级责任单位", CITY_LEAD_UNIT),
            Map.entry("序号", IGNORED), Map.entry("备注", IGNORED));

    private static ColumnRole ofName(String cell) {
        return NAMES.get(CellText.squeeze(CellText.clean(cell)));
    }

    /** A header row names the text column and at least one other, and holds nothing but header names. */
    static boolean isHeaderRow(List<String> cells) {
        int named = 0;
        boolean hasText = false;
        for (String cell : cells) {
            if (CellText.clean(cell).isEmpty()) {
                continue;
            }
            ColumnRole role = ofName(cell);
            if (role == null) {
                return false;
            }
            named++;
            hasText |= role == TEXT;
        }
        return hasText && named >= 2;
    }

    static List<ColumnRole> fromHeaderRow(List<String> cells) {
        List<ColumnRole> roles = new ArrayList<>();
        for (String cell : cells) {
            ColumnRole role = ofName(cell);
            roles.add(role == null ? IGNORED : role);
        }
        // 个性工作 tables head two columns with one 考核指标: the first holds the category, the second the text.
        int text = roles.indexOf(TEXT);
        if (!roles.contains(CATEGORY) && text + 1 < cells.size() && CellText.clean(cells.get(text + 1)).isEmpty()) {
            roles.set(text, CATEGORY);
            roles.set(text + 1, TEXT);
        }
        return List.copyOf(roles);
    }
}
