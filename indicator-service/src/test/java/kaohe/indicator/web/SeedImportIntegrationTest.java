package kaohe.indicator.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The office loads the seed's decomposition table and sees every indicator with departments and leaders. */
class SeedImportIntegrationTest extends IntegrationTestBase {

    @Test
    void aDryRunShowsThe52IndicatorsByKindAndChangesNothing() {
        String planId = newPlanId();
        long eventsBefore = eventCount();

        var dryRun = api.upload(Users.OFFICE, "/api/indicator/imports?planId=" + planId, seed(), "whatever.pdf");

        assertThat(dryRun.status()).isEqualTo(200);
        var body = dryRun.body();
        assertThat(body.get("committed").asBoolean()).isFalse();
        assertThat(body.get("total").asInt()).isEqualTo(52);
        assertThat(body.get("counts").toString()).isEqualTo(
                "{\"PROVINCIAL_COMMON\":1,\"MUNICIPAL_KEY_WORK\":15,\"COMMON\":27,\"NEGATIVE_LIST\":9}");
        assertThat(body.get("problems")).isEmpty();
        assertThat(body.get("plan").get("documentNumber").asText()).isEqualTo("市审批发〔2020〕14号");
        assertThat(body.get("plan").get("issuedOn").asText()).isEqualTo("2020-07-07");
        assertThat(body.get("plan").get("liaisonDueOn").asText()).isEqualTo("2020-07-10");
        assertThat(body.get("plan").get("issuingBody").asText()).isEqualTo("西安市行政审批服务局");
        assertThat(texts(body.get("departments"))).hasSize(15).contains("办公室", "代办中心", "扶贫工作队", "机关纪委");
        assertThat(texts(body.get("leaders"))).containsExactlyInAnyOrder("段重利", "张新鳌", "赵雪琴", "年奎");
        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(api.get(Users.OFFICE, "/api/indicator/plans/" + planId).status()).isEqualTo(404);
    }

    @Test
    void aCommitDefinesThePlanAndEveryIndicatorAndASecondCommitDuplicatesNothing() {
        String planId = importSeed();

        var plan = api.get(Users.AUDITOR, "/api/indicator/plans/" + planId);
        assertThat(plan.body().get("year").asInt()).isEqualTo(2020);
        assertThat(plan.body().get("departments")).hasSize(15);

        var all = api.get(Users.LEADER, "/api/indicator/plans/" + planId + "/indicators");
        assertThat(all.body()).hasSize(52);
        Map<String, Integer> byKind = new java.util.TreeMap<>();
        all.body().forEach(indicator -> byKind.merge(indicator.get("kind").asText(), 1, Integer::sum));
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(
                Map.of("PROVINCIAL_COMMON", 1, "MUNICIPAL_KEY_WORK", 15, "COMMON", 27, "NEGATIVE_LIST", 9));
        all.body().forEach(indicator -> {
            assertThat(indicator.get("leadDepartments")).as(indicator.get("code").asText()).isNotEmpty();
            assertThat(indicator.get("leaders")).as(indicator.get("code").asText()).isNotEmpty();
        });

        long eventsBefore = eventCount();
        var again = api.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId, seed(), "分解表.txt");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("created").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(52);
        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body()).hasSize(52);
    }

    @Test
    void indicatorsAreFoundByKindDepartmentAndLeader() {
        String planId = importSeed();
        String base = "/api/indicator/plans/" + planId;

        assertThat(api.get(Users.OFFICE, base + "/indicators?kind=NEGATIVE_LIST").body()).hasSize(9);
        var negative = api.get(Users.OFFICE, base + "/indicators?kind=NEGATIVE_LIST").body();
        assertThat(texts(negative, "cityLeadUnit")).contains("市委办公厅（市委国安办）", "市秦岭保护局");
        assertThat(count(negative, "provincial", true)).isEqualTo(3);

        var nianKui = api.get(Users.OFFICE, base + "/indicators?leader=年奎").body();
        assertThat(nianKui).isNotEmpty();
        nianKui.forEach(indicator -> assertThat(texts(indicator.get("leaders"))).contains("年奎"));

        var office = api.get(Users.LIAISON, base + "/departments/办公室/indicators").body();
        assertThat(office.get("lead")).isNotEmpty();
        office.get("lead").forEach(i -> assertThat(texts(i.get("leadDepartments"))).contains("办公室"));
        var informatisation = api.get(Users.LIAISON, base + "/departments/网络技术处/indicators").body();
        assertThat(informatisation.get("lead")).isEmpty();
        assertThat(informatisation.get("cooperating")).hasSize(1);
        assertThat(informatisation.get("cooperating").get(0).get("kind").asText()).isEqualTo("PROVINCIAL_COMMON");

        var key3 = find(api.get(Users.OFFICE, base + "/indicators?kind=MUNICIPAL_KEY_WORK").body(), "市考个性工作-3");
        assertThat(key3.get("targets").toString()).contains("\"value\":30", "示范镇街", "\"value\":40", "示范社区");

        assertThat(api.get(Users.OFFICE, base + "/departments/不存在处/indicators").code())
                .isEqualTo("department-not-found");
    }

    static JsonNode find(JsonNode indicators, String code) {
        for (JsonNode indicator : indicators) {
            if (indicator.get("code").asText().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    private static long count(JsonNode array, String field, boolean value) {
        long n = 0;
        for (JsonNode node : array) {
            if (node.path(field).asBoolean() == value) {
                n++;
            }
        }
        return n;
    }
}
