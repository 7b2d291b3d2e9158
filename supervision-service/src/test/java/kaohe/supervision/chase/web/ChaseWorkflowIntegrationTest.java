package kaohe.supervision.chase.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.supervision.FixedDirectory;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static kaohe.supervision.SupervisionUsers.AUDITOR;
import static kaohe.supervision.SupervisionUsers.DUAN;
import static kaohe.supervision.SupervisionUsers.GAIGE;
import static kaohe.supervision.SupervisionUsers.OFFICE;
import static kaohe.supervision.SupervisionUsers.ZHANG;
import static kaohe.supervision.SupervisionUsers.ZHENGWU;
import static org.assertj.core.api.Assertions.assertThat;

/** A 督办单 through every step over HTTP, with ETags; who sees which; overdue on the business day. */
class ChaseWorkflowIntegrationTest extends ChaseIntegrationTestBase {

    @Test
    void aChaseRunsItsWholeCourseWithEveryStepOnTheRecord() {
        var opened = openChase(newPlan());
        assertThat(opened.headers().getETag()).isEqualTo("\"0\"");
        assertThat(opened.headers().getLocation().toString()).isEqualTo(path(opened, ""));
        assertThat(opened.body().get("status").asText()).isEqualTo("OPENED");
        assertThat(opened.body().get("statusLabel").asText()).isEqualTo("已立项");
        assertThat(opened.body().get("openedOn").asText()).isEqualTo("2020-08-10");
        assertThat(opened.body().get("openedBy").asText()).isEqualTo("office-admin");

        var signed = step(api.post(ZHENGWU, path(opened, "sign"), "\"0\"", null), "SIGNED", "\"1\"");
        clock.today(LocalDate.of(2020, 8, 23));
        var replied = step(api.post(ZHENGWU, path(opened, "replies"), signed.headers().getETag(),
                Map.of("progress", "已补报7月月度检查。", "evidence", List.of("ev-minutes"))), "REPLIED", "\"2\"");
        assertThat(replied.body().at("/replies/0/daysLate").asInt()).isEqualTo(3);
        var sentBack = step(api.post(OFFICE, path(opened, "send-back"), replied.headers().getETag(),
                Map.of("reason", "缺少佐证照片", "replyBy", "2020-08-31")), "SENT_BACK", "\"3\"");
        assertThat(sentBack.body().get("replyBy").asText()).isEqualTo("2020-08-31");
        assertThat(sentBack.body().get("statusLabel").asText()).isEqualTo("退回重办");
        var again = step(api.post(ZHENGWU, path(opened, "replies"), sentBack.headers().getETag(),
                Map.of("progress", "已补充照片。", "evidence", List.of("ev-minutes", "ev-photos"))), "REPLIED", "\"4\"");
        assertThat(again.body().get("round").asInt()).isEqualTo(2);
        assertThat(again.body().at("/replies/1/daysLate").asInt()).isZero();
        var accepted = step(api.post(OFFICE, path(opened, "accept"), again.headers().getETag(),
                Map.of("comment", "材料齐全")), "ACCEPTED", "\"5\"");
        var closed = step(api.post(OFFICE, path(opened, "close"), accepted.headers().getETag(), null), "CLOSED",
                "\"6\"");

        JsonNode steps = closed.body().get("steps");
        List<String> types = new ArrayList<>();
        steps.forEach(step -> types.add(step.get("type").asText()));
        assertThat(types).containsExactly("OPENED", "SIGNED", "REPLIED", "SENT_BACK", "REPLIED", "ACCEPTED",
                "CLOSED");
        assertThat(steps.get(1).get("by").asText()).isEqualTo("liaison-zhengwu");
        assertThat(steps.get(1).get("byName").asText()).isEqualTo("李娜");
        assertThat(steps.get(3).get("reason").asText()).isEqualTo("缺少佐证照片");
        assertThat(steps.get(5).get("reason").asText()).isEqualTo("材料齐全");
        assertThat(steps.get(6).get("byName").asText()).isEqualTo("办公室管理员");
        assertThat(closed.body().get("replies")).hasSize(2);
        assertThat(closed.body().at("/replies/1/evidence")).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                opened.body().get("chaseId").asText())).isEqualTo(7);
    }

    @Test
    void aWithdrawalSaysWhy() {
        var opened = openChase(newPlan());
        var withdrawn = step(api.post(OFFICE, path(opened, "withdraw"), "\"0\"", Map.of("reason", "立项有误")),
                "WITHDRAWN", "\"1\"");
        assertThat(withdrawn.body().at("/steps/1/reason").asText()).isEqualTo("立项有误");
        assertThat(withdrawn.body().get("statusLabel").asText()).isEqualTo("已撤销");
    }

    @Test
    void theStatusLabelIsEnglishForAnEnglishReader() {
        var opened = openChase(newPlan());
        HttpHeaders headers = OFFICE.headers();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        var read = api.call(HttpMethod.GET, path(opened, ""), headers, null);
        assertThat(read.body().get("statusLabel").asText()).isEqualTo("Opened");
    }

    @Test
    void aChaseWaitingForTheDepartmentPastItsReplyByDateIsOverdueUntilAnswered() {
        String plan = newPlan();
        var opened = openChase(plan);
        clock.today(LocalDate.of(2020, 8, 25));
        var read = api.get(OFFICE, path(opened, ""));
        assertThat(read.body().get("overdue").asBoolean()).isTrue();
        assertThat(read.body().get("daysOverdue").asInt()).isEqualTo(5);
        assertThat(ids(api.get(OFFICE, CHASES + "?planId=" + plan + "&overdue=true"))).containsExactly(id(opened));
        assertThat(ids(api.get(OFFICE, CHASES + "?planId=" + plan + "&overdue=false"))).isEmpty();

        var signed = api.post(ZHENGWU, path(opened, "sign"), "\"0\"", null);
        assertThat(signed.body().get("overdue").asBoolean()).isTrue();
        var replied = api.post(ZHENGWU, path(opened, "replies"), "\"1\"", Map.of("progress", "已报送。"));
        assertThat(replied.body().get("overdue").asBoolean()).isFalse();
        assertThat(replied.body().has("daysOverdue")).isFalse();
        assertThat(ids(api.get(OFFICE, CHASES + "?planId=" + plan + "&overdue=true"))).isEmpty();
    }

    @Test
    void listsFilterByPlanDepartmentAndStatusAndShowEachReaderOnlyWhatTheyMayRead() {
        String plan = newPlan();
        var lead = openChase(plan);
        var body = chaseBody(plan);
        body.put("department", FixedDirectory.OTHER);
        var other = api.post(OFFICE, CHASES, body);
        api.post(ZHENGWU, path(lead, "sign"), "\"0\"", null);

        assertThat(ids(api.get(OFFICE, CHASES + "?planId=" + plan))).containsExactlyInAnyOrder(id(lead), id(other));
        assertThat(ids(api.get(AUDITOR, CHASES + "?planId=" + plan))).hasSize(2);
        assertThat(ids(api.get(OFFICE, CHASES + "?planId=" + plan + "&status=SIGNED"))).containsExactly(id(lead));
        assertThat(ids(api.get(OFFICE, CHASES + "?planId=" + plan + "&department=" + FixedDirectory.OTHER)))
                .containsExactly(id(other));
        // a liaison's list is its own department's, asked or not
        assertThat(ids(api.get(GAIGE, CHASES + "?planId=" + plan))).containsExactly(id(other));
        assertProblem(api.get(GAIGE, CHASES + "?planId=" + plan + "&department=" + FixedDirectory.LEAD), 403,
                "chase-wrong-department");
        // a leader names a department they follow
        assertThat(ids(api.get(ZHANG, CHASES + "?planId=" + plan + "&department=" + FixedDirectory.LEAD)))
                .containsExactly(id(lead));
        assertProblem(api.get(ZHANG, CHASES + "?planId=" + plan + "&department=" + FixedDirectory.OTHER), 403,
                "chase-wrong-department");
        assertProblem(api.get(ZHANG, CHASES + "?planId=" + plan), 403, "chase-department-required");
        assertProblem(api.get(DUAN, CHASES + "?planId=" + plan + "&department=" + FixedDirectory.LEAD), 403,
                "chase-wrong-department");
    }

    @Test
    void aListIsPagedWithALinkToTheNextPage() {
        String plan = newPlan();
        for (int i = 0; i < 3; i++) {
            openChase(plan);
        }
        var first = api.get(OFFICE, CHASES + "?planId=" + plan + "&limit=2");
        assertThat(first.body()).hasSize(2);
        assertThat(first.headers().getFirst(HttpHeaders.LINK)).contains("offset=2", "rel=\"next\"");
        var rest = api.get(OFFICE, CHASES + "?planId=" + plan + "&limit=2&offset=2");
        assertThat(rest.body()).hasSize(1);
        assertThat(rest.headers().getFirst(HttpHeaders.LINK)).isNull();
        assertProblem(api.get(OFFICE, CHASES + "?limit=0"), 400, "invalid-parameter");
        assertProblem(api.get(OFFICE, CHASES + "?status=LOST"), 400, "invalid-parameter");
    }

    private static ApiClient.Answer step(ApiClient.Answer answer, String status, String etag) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("status").asText()).isEqualTo(status);
        assertThat(answer.headers().getETag()).isEqualTo(etag);
        return answer;
    }

    private static String id(ApiClient.Answer chase) {
        return chase.body().get("chaseId").asText();
    }

    private static List<String> ids(ApiClient.Answer list) {
        assertThat(list.status()).as(list.body().toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.body().forEach(chase -> ids.add(chase.get("chaseId").asText()));
        return ids;
    }
}
