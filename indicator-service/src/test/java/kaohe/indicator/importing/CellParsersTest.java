package kaohe.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kaohe.indicator.event.IndicatorKind;

class CellParsersTest {

    @Test
    void leadWithAllDepartmentsCooperating() {
        assertThat(DepartmentCellParser.parse("办公室牵头，各处室配合落实", ""))
                .isEqualTo(new DepartmentAssignment(List.of("办公室"), List.of(), true));
        assertThat(DepartmentCellParser.parse("办公室牵头，各处 室落实", "").allCooperate()).isTrue();
    }

    @Test
    void vagueCooperatorsAreDropped() {
        DepartmentAssignment assignment = DepartmentCellParser.parse("督查处牵头，相关 处室配合落实", "");
        assertThat(assignment.lead()).containsExactly("督查处");
        assertThat(assignment.cooperating()).isEmpty();
        assertThat(assignment.allCooperate()).isFalse();
    }

    @Test
    void cooperatingColumnAndNameFragments() {
        DepartmentAssignment assignment = DepartmentCellParser.parse("信息化 建设处", "审批制度改革处 综合 服务处、代办中心");
        assertThat(assignment.lead()).containsExactly("信息化建设处");
        assertThat(assignment.cooperating()).containsExactly("审批制度改革处", "综合服务处", "代办中心");
    }

    @Test
    void leadersSplitBySpacesWithBrokenNamesRejoined() {
        assertThat(LeaderCellParser.parse("张新鳌 年 奎")).containsExactly("张新鳌", "年奎");
        assertThat(LeaderCellParser.parse("年 奎、赵雪琴")).containsExactly("年奎", "赵雪琴");
        assertThat(LeaderCellParser.parse("")).isEmpty();
    }

    @Test
    void categoriesAreRepairedOnlyAgainstTheKnownCommonList() {
        assertThat(CategoryNormalizer.normalize("领导班 子和队 伍建 设", IndicatorKind.COMMON)).isEqualTo("领导班子和队伍建设");
        assertThat(CategoryNormalizer.normalize("基 层 党 建 组 织 设", IndicatorKind.COMMON)).isEqualTo("基层党建组织建设");
        assertThat(CategoryNormalizer.normalize("党 风 廉 政 建 设★", IndicatorKind.COMMON)).isEqualTo("党风廉政建设");
        assertThat(CategoryNormalizer.normalize("建设", IndicatorKind.COMMON)).isEqualTo("建设");
        assertThat(CategoryNormalizer.normalize("社会 稳定★", IndicatorKind.NEGATIVE_LIST)).isEqualTo("社会稳定");
    }

    @Test
    void targetsIgnoreYearsDurationsHotlinesAndItemNumbers() {
        assertThat(extract("1. 打造城市社区 15 分钟政务服务圈，编制《目录清单（2020 年版）》，做好 12345 市民热线。"))
                .isEmpty();
        assertThat(extract("本辖区发生 1 起（含 1 起）以上严重事件的")).singleElement()
                .satisfies(t -> assertThat(t.unit()).isEqualTo("起"));
        assertThat(extract("全年完成 3.5 亿元 投资")).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualByComparingTo("3.5");
            assertThat(t.unit()).isEqualTo("亿元");
            assertThat(t.subject()).isEqualTo("投资");
        });
    }

    @Test
    void headerWithUnnamedColumnAfterIndicatorMeansCategoryAndText() {
        assertThat(ColumnRole.fromHeaderRow(List.of("考核指标", "", "责任处室", "责任领导")))
                .containsExactly(ColumnRole.CATEGORY, ColumnRole.TEXT, ColumnRole.LEAD, ColumnRole.LEADERS);
        assertThat(ColumnRole.isHeaderRow(List.of("1. 某项工作", "各处室", "段重利"))).isFalse();
    }

    private static List<ProposedTarget> extract(String text) {
        return TargetExtractor.extract(text, ImportLimits.DEFAULTS.budget());
    }
}
