package kaohe.ledger.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Ledger writes are safe to retry (Idempotency-Key) and to race (one wins per version, the others are told). */
class LedgerIdempotencyAndConcurrencyIntegrationTest extends LedgerIntegrationTestBase {

    @Test
    void theSameReportSubmissionSentTwiceIsExecutedOnce() {
        PlanFixture plan = plan();
        var report = api.post(LedgerUsers.DUCHA, "/api/ledger/reports", Map.of("planId", plan.planId(),
                "department", PlanFixture.OTHER, "quarter", "2020-Q3", "narrative", "三季度督办情况。"));
        String path = "/api/ledger/reports/" + report.body().get("reportId").asText() + "/submission";
        HttpHeaders headers = LedgerUsers.DUCHA.headers();
        headers.set("Idempotency-Key", "submit-" + plan.planId());
        headers.set(HttpHeaders.IF_MATCH, report.headers().getETag());
        var first = api.call(HttpMethod.POST, path, headers, null);
        long after = eventCount();
        var again = api.call(HttpMethod.POST, path, headers, null);

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(eventCount()).isEqualTo(after);
        assertThat(first.body().get("round").asInt()).isEqualTo(1);
    }

    @Test
    void theSameTaskDraftSentTwiceCreatesOneTask() {
        PlanFixture plan = plan();
        HttpHeaders headers = LedgerUsers.ZHENGWU.headers();
        headers.set("Idempotency-Key", "draft-" + plan.planId());
        var body = draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines());
        var first = api.call(HttpMethod.POST, "/api/ledger/tasks", headers, body);
        var again = api.call(HttpMethod.POST, "/api/ledger/tasks", headers, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body().get("taskId")).isEqualTo(first.body().get("taskId"));
        assertThat(count("SELECT COUNT(*) FROM ledger_task_view WHERE plan_id = ?", plan.planId())).isEqualTo(1);
    }

    @Test
    void concurrentProgressOnOneCheckWithTheSameVersionLetsExactlyOneWin() throws Exception {
        PlanFixture plan = plan();
        String taskId = submittedTask(plan).get("taskId").asText();
        var check = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-08");
        String checkId = check.body().get("checkId").asText();
        String path = "/api/ledger/checks/" + checkId + "/progress/" + taskId;
        int writers = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int value = 10 + i;
            answers.add(pool.submit(() -> {
                start.await();
                return api.put(LedgerUsers.ZHENGWU, path, check.headers().getETag(),
                        Map.of("actualValue", value, "unit", "个", "status", "ON_TRACK")).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 412 || status == 409);
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", checkId))
                .isEqualTo(2);
    }

    /**
     * More concurrent readers than pooled connections (24) are all served, because no request holds more than one
     * connection at a time (checked after every test by the base class); a query inside a row mapper did, and
     * under load every request then waited for a second connection until the pool timed out.
     */
    @Test
    void moreConcurrentReadersThanPooledConnectionsAreAllServed() throws Exception {
        PlanFixture plan = plan();
        String taskId = submittedTask(plan).get("taskId").asText();
        var check = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-08");
        api.put(LedgerUsers.ZHENGWU, "/api/ledger/checks/" + check.body().get("checkId").asText() + "/progress/"
                + taskId, check.headers().getETag(), Map.of("actualValue", 3, "unit", "个", "status", "ON_TRACK"));
        List<String> paths = List.of("/api/ledger/tasks/" + taskId,
                "/api/ledger/checks/" + check.body().get("checkId").asText(),
                "/api/ledger/ledgers?planId=" + plan.planId() + "&department=" + PlanFixture.LEAD);
        int readers = 48;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(readers);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            String path = paths.get(i % paths.size());
            answers.add(pool.submit(() -> {
                start.await();
                int status = 0;
                for (int round = 0; round < 5; round++) {
                    status = Math.max(status, api.get(LedgerUsers.OFFICE, path).status());
                }
                return status;
            }));
        }
        start.countDown();
        for (var answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.shutdown();
    }
}
