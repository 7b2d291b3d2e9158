package kaohe.indicator.importing;

import java.util.List;

import kaohe.indicator.event.IndicatorKind;

/**
 * One indicator row of a decomposition table, after clean-up.
 *
 * @param code                    unique within the file, e.g. "市考个性工作-3" or "共性指标-党风廉政建设-2"
 * @param category                考核内容/项目; {@code null} when the table has none
 * @param text                    the indicator text as written (trimmed, continuation rows appended)
 * @param provincial              marked ★ (省考指标)
 * @param allDepartmentsCooperate the cell says every department (各处室) cooperates
 * @param cityLeadUnit            市级牵头单位 (negative list only), otherwise {@code null}
 * @param source                  where the row was found, e.g. "表2 第3行"
 */
public record ParsedIndicator(IndicatorKind kind, String code, String category, String text, boolean provincial,
        List<String> leadDepartments, List<String> cooperatingDepartments, boolean allDepartmentsCooperate,
        List<String> leaders, String cityLeadUnit, List<ProposedTarget> targets, String source) {

    public ParsedIndicator {
        leadDepartments = List.copyOf(leadDepartments);
        cooperatingDepartments = List.copyOf(cooperatingDepartments);
        leaders = List.copyOf(leaders);
        targets = List.copyOf(targets);
    }
}
