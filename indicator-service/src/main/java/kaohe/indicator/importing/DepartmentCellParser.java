package kaohe.indicator.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads department cells such as "综合服务处、 代办中心", "办公室牵头，各处室配合落实" or
 * "审批制度改革处牵头,政务服务管理处、信息化建设处等落实".
 */
final class DepartmentCellParser {

    private static final String LEADS = "牵头";
    /** What follows the cooperating departments: "…等配合落实", "…落实". */
    private static final Pattern TRAILING_DUTY = Pattern.compile("等?(配合)?(落实|负责|执行|参与|完成)?$");
    /** "各处室", "所有处室": every department takes part. */
    private static final Pattern ALL = Pattern.compile("^(各|所有|全体|全局).*");
    /** "相关处室": too vague to name anyone; dropped without a problem. */
    private static final Pattern VAGUE = Pattern.compile("^(相关|有关|其他|其它).*");
    private static final List<String> DEPARTMENT_ENDINGS = List.of(
            "处", "室", "中心", "党委", "纪委", "支部", "队", "局", "办", "委", "厅", "科", "组", "部", "站", "所",
            "院", "会", "馆", "团", "公司", "单位");

    private DepartmentCellParser() {
    }

    /**
     * @param leadCell        the 责任处室 or 牵头处室 cell
     * @param cooperatingCell the 配合处室 cell, or "" when the table has no such column
     */
    static DepartmentAssignment parse(String leadCell, String cooperatingCell) {
        String cell = CellText.clean(leadCell);
        List<String> lead = new ArrayList<>();
        List<String> cooperating = new ArrayList<>();
        boolean all;
        int leads = cell.indexOf(LEADS);
        if (leads >= 0) {
            all = collect(cell.substring(0, leads), lead);
            String rest = TRAILING_DUTY.matcher(CellText.clean(cell.substring(leads + LEADS.length()))).replaceFirst("");
            all |= collect(rest, cooperating);
        } else {
            all = collect(cell, lead);
        }
        all |= collect(cooperatingCell, cooperating);
        return new DepartmentAssignment(lead, cooperating, all);
    }

    /** Adds the named departments to {@code into}; returns whether the text said "all departments". */
    private static boolean collect(String text, List<String> into) {
        boolean all = false;
        for (String name : joinBrokenNames(NameTokens.split(text))) {
            if (ALL.matcher(name).matches()) {
                all = true;
            } else if (!VAGUE.matcher(name).matches() && !into.contains(name)) {
                into.add(name);
            }
        }
        return all;
    }

    /** Print layout splits names ("相关 处室", "各处 室"); a fragment that is not a whole name joins its neighbour. */
    private static List<String> joinBrokenNames(List<String> tokens) {
        List<String> names = new ArrayList<>();
        String pending = "";
        for (String token : tokens) {
            if (pending.isEmpty() && token.length() == 1 && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + token);
                continue;
            }
            pending += token;
            if (endsLikeDepartment(pending)) {
                names.add(pending);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            names.add(pending);
        }
        return names;
    }

    private static boolean endsLikeDepartment(String name) {
        return DEPARTMENT_ENDINGS.stream().anyMatch(name::endsWith);
    }
}
