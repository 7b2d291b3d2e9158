package kaohe.indicator.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes are safe to retry (Idempotency-Key) and to race (one wins, the others are told). */
class IdempotencyAndConcurrencyIntegrationTest extends IntegrationTestBase {

    private Map<String, Object> plan(String planId, String title) {
        return Map.of("planId", planId, "year", 2020, "title", title, "departments", List.of("办公室"),
                "leaders", List.of("段重利"));
    }

    @Test
    void theSameSubmissionTwiceIsExecutedOnceAndAnsweredTwice() {
        String planId = newPlanId();
        var headers = Users.OFFICE.headers();
        headers.set("Idempotency-Key", "plan-" + planId);
        var first = api.call(HttpMethod.POST, "/api/indicator/plans", headers, plan(planId, "考核计划"));
        long after = eventCount();
        var again = api.call(HttpMethod.POST, "/api/indicator/plans", headers, plan(planId, "考核计划"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventCount()).isEqualTo(after);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        String planId = newPlanId();
        var headers = Users.OFFICE.headers();
        headers.set("Idempotency-Key", "k-" + planId);
        assertThat(api.call(HttpMethod.POST, "/api/indicator/plans", headers, plan(planId, "甲")).status())
                .isEqualTo(201);
        long after = eventCount();
        var reused = api.call(HttpMethod.POST, "/api/indicator/plans", headers, plan(newPlanId(), "乙"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("idempotency-key-reused");
        assertThat(eventCount()).isEqualTo(after);

        headers.set("Idempotency-Key", "bad key with spaces");
        assertThat(api.call(HttpMethod.POST, "/api/indicator/plans", headers, plan(newPlanId(), "丙")).code())
                .isEqualTo("invalid-idempotency-key");
    }

    @Test
    void aRefusalIsRememberedToo() {
        var headers = Users.OFFICE.headers();
        headers.set("Idempotency-Key", "refused-" + newPlanId());
        var first = api.call(HttpMethod.POST, "/api/indicator/plans", headers, Map.of("year", 1900, "title", "x"));
        var again = api.call(HttpMethod.POST, "/api/indicator/plans", headers, Map.of("year", 1900, "title", "x"));
        assertThat(first.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void concurrentRevisionsOfOneIndicatorLetExactlyOneWin() throws Exception {
        String planId = importSeed();
        String id = api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body().get(0)
                .get("indicatorId").asText();
        String path = "/api/indicator/indicators/" + id + "/text";
        int writers = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String text = "并发修订 " + i;
            Callable<Integer> revise = () -> {
                start.await();
                return api.put(Users.OFFICE, path, "\"0\"", Map.of("text", text, "reason", "并发测试")).status();
            };
            answers.add(pool.submit(revise));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 412 || status == 409);
        var history = api.get(Users.AUDITOR, "/api/indicator/indicators/" + id + "/history").body();
        assertThat(history).hasSize(2);
    }

    @Test
    void concurrentCommitsOfOneTableDefineEachIndicatorOnce() throws Exception {
        String planId = newPlanId();
        var pool = Executors.newFixedThreadPool(3);
        var start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId, seed(), "分解表.txt").status();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isIn(200, 409);
        }
        pool.shutdown();
        assertThat(api.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body()).hasSize(52);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry e JOIN indicator_view i"
                + " ON i.indicator_id = e.aggregate_identifier WHERE i.plan_id = ? AND e.sequence_number = 0",
                Long.class, planId)).isEqualTo(52);
    }
}
