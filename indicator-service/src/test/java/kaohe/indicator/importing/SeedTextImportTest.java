package kaohe.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kaohe.indicator.event.IndicatorKind;

class SeedTextImportTest {

    private static DecompositionTable table;

    @BeforeAll
    static void importSeed() {
        table = new DecompositionTableReader().read(SeedText.bytes());
    }

    private static ParsedIndicator byCode(String code) {
        return table.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void importsAll52IndicatorsWithoutProblems() {
        assertThat(table.problems()).isEmpty();
        assertThat(table.indicators()).hasSize(52);
        assertThat(table.indicators().stream().collect(Collectors.groupingBy(ParsedIndicator::kind, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        IndicatorKind.PROVINCIAL_COMMON, 1L, IndicatorKind.MUNICIPAL_KEY_WORK, 15L,
                        IndicatorKind.COMMON, 27L, IndicatorKind.NEGATIVE_LIST, 9L));
    }

    @Test
    void commonIndicatorsFallIntoTheFiveCategoriesDespiteBrokenNames() {
        Map<String, Long> perCategory = table.indicators().stream()
                .filter(i -> i.kind() == IndicatorKind.COMMON)
                .collect(Collectors.groupingBy(ParsedIndicator::category, Collectors.counting()));
        assertThat(perCategory).containsExactlyInAnyOrderEntriesOf(Map.of(
                "领导班子和队伍建设", 5L, "基层党建组织建设", 6L, "党风廉政建设", 4L, "意识形态工作", 6L, "法治平安建设", 6L));
    }

    @Test
    void codesAreUniqueAndNumberedAsWritten() {
        assertThat(table.indicators()).extracting(ParsedIndicator::code).doesNotHaveDuplicates()
                .contains("省考共性-1", "市考个性工作-0", "市考个性工作-14", "共性指标-领导班子和队伍建设-1",
                        "共性指标-法治平安建设-6", "负面清单-1", "负面清单-9");
    }

    @Test
    void unnumberedFirstKeyWorkRowIsAnItemNotAContinuation() {
        ParsedIndicator first = byCode("市考个性工作-0");
        assertThat(first.text()).isEqualTo("配合做好优化营商环境，扎实推进重大项目建设工作。");
        assertThat(first.category()).isEqualTo("十项重点工作");
        assertThat(first.leadDepartments()).containsExactly("办公室");
        assertThat(first.allDepartmentsCooperate()).isTrue();
        assertThat(first.leaders()).containsExactly("段重利");
    }

    @Test
    void provincialCommonRowHasFiveCooperatingDepartments() {
        ParsedIndicator row = byCode("省考共性-1");
        assertThat(row.provincial()).isFalse();
        assertThat(row.category()).isEqualTo("法治建设");
        assertThat(row.leadDepartments()).containsExactly("信息化建设处");
        assertThat(row.cooperatingDepartments())
                .containsExactly("审批制度改革处", "政务服务管理处", "综合服务处", "中介服务处", "网络技术处");
        assertThat(row.leaders()).containsExactly("段重利", "张新鳌");
    }

    @Test
    void starMarksProvincialNegativeListItemsAndIsStrippedFromCategory() {
        List<ParsedIndicator> provincial = table.indicators().stream().filter(ParsedIndicator::provincial).toList();
        assertThat(provincial).extracting(ParsedIndicator::kind, ParsedIndicator::category).containsExactly(
                tuple(IndicatorKind.NEGATIVE_LIST, "秦岭生态环境保护"),
                tuple(IndicatorKind.NEGATIVE_LIST, "社会稳定"),
                tuple(IndicatorKind.NEGATIVE_LIST, "公共卫生"));
        assertThat(table.indicators()).allSatisfy(i -> assertThat(i.category() + i.text()).doesNotContain("★"));
    }

    @Test
    void departmentAndLeaderCellsAreSplitAndRejoined() {
        ParsedIndicator item8 = byCode("市考个性工作-8");
        assertThat(item8.leadDepartments()).containsExactly("综合服务处", "代办中心");
        assertThat(item8.leaders()).containsExactly("张新鳌", "赵雪琴");

        ParsedIndicator item12 = byCode("市考个性工作-12");
        assertThat(item12.leadDepartments()).containsExactly("督查处");
        assertThat(item12.cooperatingDepartments()).isEmpty();
        assertThat(item12.allDepartmentsCooperate()).isFalse();

        ParsedIndicator item13 = byCode("市考个性工作-13");
        assertThat(item13.leadDepartments()).containsExactly("办公室");
        assertThat(item13.allDepartmentsCooperate()).isTrue();
        assertThat(item13.leaders()).containsExactly("年奎");

        ParsedIndicator item14 = byCode("市考个性工作-14");
        assertThat(item14.leadDepartments()).containsExactly("审批制度改革处");
        assertThat(item14.cooperatingDepartments()).containsExactly("政务服务管理处", "信息化建设处", "督查处", "综合服务处");
        assertThat(item14.leaders()).containsExactly("段重利", "张新鳌", "赵雪琴");

        assertThat(byCode("市考个性工作-5").leadDepartments()).containsExactly("审批制度改革处", "信息化建设处", "宣传教育处");
        assertThat(byCode("共性指标-党风廉政建设-2").leaders()).containsExactly("张新鳌", "年奎");
    }

    @Test
    void rowsCutByPageBreaksAreAppendedToTheItemAbove() {
        assertThat(byCode("共性指标-基层党建组织建设-4").text())
                .endsWith("坚持激励先进、惩戒失职“两个导向”，充分发挥基层党组织战斗堡垒和党员先锋模范“两个作用”。");
        assertThat(byCode("共性指标-法治平安建设-1").text())
                .contains("完成市委全面依法治市委员会2020年工作要点各项任务，党政主要负责人")
                .endsWith("做好法规规章报备工作。");
    }

    @Test
    void markupIsStrippedButTextIsKeptAsWritten() {
        ParsedIndicator item = byCode("共性指标-领导班子和队伍建设-3");
        assertThat(item.text()).startsWith("3. 优化干部队伍结构, 增强整体功能").doesNotContain("<p>", "</p>");
        assertThat(item.leaders()).containsExactly("段重利", "年奎");
    }

    @Test
    void negativeListRowsCarryTheCityLeadUnit() {
        ParsedIndicator security = table.indicators().stream().filter(i -> "国家安全".equals(i.category()))
                .findFirst().orElseThrow();
        assertThat(security.cityLeadUnit()).isEqualTo("市委办公厅（市委国安办）");
        assertThat(security.leadDepartments()).containsExactly("办公室", "运行保障处");
        assertThat(security.leaders()).containsExactly("年奎");
        assertThat(security.targets()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void proposesQuantitativeTargets() {
        assertThat(targets("市考个性工作-1")).containsExactly(tuple("70", "%", "市级政务大厅进驻事项比例"));
        assertThat(targets("市考个性工作-2")).containsExactly(tuple("100", "个", "“一件事一次办”主题服务"));
        assertThat(targets("市考个性工作-3"))
                .containsExactly(tuple("30", "个", "示范镇街"), tuple("40", "个", "示范社区"));
        assertThat(targets("市考个性工作-7")).containsExactly(tuple("400", "家", "网上中介服务超市入驻中介机构总数"));
        assertThat(targets("市考个性工作-8")).containsExactly(tuple("120", "个", "全市全年完成代办项目"));
        assertThat(targets("市考个性工作-13")).containsExactly(tuple("95", "%", "财政预算支出进度"));
        assertThat(targets("共性指标-意识形态工作-1"))
                .containsExactly(tuple("2", "次", "党委(党组)全年专题研究意识形态工作"), tuple("1", "次", "专项督查"));
        assertThat(targets("共性指标-意识形态工作-3")).containsExactly(tuple("6", "次", "全年中心组集中学习"));
        assertThat(targets("共性指标-意识形态工作-6")).containsExactly(tuple("1", "次", "网络意识形态工作"));
        assertThat(targets("负面清单-9")).containsExactly(tuple("2", "%", "单位面积能耗"), tuple("3", "%", "人均用水量"));
        // years, the 12345 hotline, "15 分钟" and item numbers are not targets
        assertThat(targets("市考个性工作-6")).isEmpty();
        assertThat(targets("市考个性工作-12")).isEmpty();
        assertThat(byCode("市考个性工作-3").targets()).extracting(ProposedTarget::phrase)
                .containsOnly("打造 30 个示范镇街和 40 个示范社区");
    }

    private static List<Tuple> targets(String code) {
        return byCode(code).targets().stream().map(t -> tuple(t.value().toPlainString(), t.unit(), t.subject())).toList();
    }

    @Test
    void sourcesPointAtTheRow() {
        assertThat(byCode("省考共性-1").source()).isEqualTo("表1 第2行");
        assertThat(byCode("市考个性工作-7").source()).isEqualTo("表3 第2行");
        assertThat(byCode("负面清单-9").source()).isEqualTo("表10 第10行");
    }
}
