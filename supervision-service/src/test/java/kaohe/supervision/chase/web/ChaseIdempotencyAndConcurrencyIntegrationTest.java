package kaohe.supervision.chase.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static kaohe.supervision.SupervisionUsers.OFFICE;
import static kaohe.supervision.SupervisionUsers.ZHENGWU;
import static org.assertj.core.api.Assertions.assertThat;

/** Writes are safe to retry (Idempotency-Key) and to race (one wins per version, the others are told). */
class ChaseIdempotencyAndConcurrencyIntegrationTest extends ChaseIntegrationTestBase {

    @Test
    void theSameNewChaseSentTwiceOpensOne() {
        String plan = newPlan();
        HttpHeaders headers = OFFICE.headers();
        headers.set("Idempotency-Key", "open-" + plan);
        var first = api.call(HttpMethod.POST, CHASES, headers, chaseBody(plan));
        long after = eventCount();
        var again = api.call(HttpMethod.POST, CHASES, headers, chaseBody(plan));

        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(eventCount()).isEqualTo(after);
        assertThat(count("SELECT COUNT(*) FROM chase_view WHERE plan_id = ?", plan)).isEqualTo(1);
    }

    @Test
    void theSameSignatureSentTwiceIsRecordedOnce() {
        var opened = openChase(newPlan());
        HttpHeaders headers = ZHENGWU.headers();
        headers.set("Idempotency-Key", "sign-" + opened.body().get("chaseId").asText());
        headers.set(HttpHeaders.IF_MATCH, "\"0\"");
        var first = api.call(HttpMethod.POST, path(opened, "sign"), headers, null);
        var again = api.call(HttpMethod.POST, path(opened, "sign"), headers, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                opened.body().get("chaseId").asText())).isEqualTo(2);
    }

    @Test
    void twoSignaturesAtOnceLetExactlyOneWin() throws Exception {
        var opened = openChase(newPlan());
        int signers = 2;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(signers);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < signers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post(ZHENGWU, path(opened, "sign"), "\"0\"", null).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        // the loser is told: the version moved (412, 409), or, when it loads the chase after the winner's commit,
        // that it is signed already (Axon checks a stale version only once the handler has not refused)
        assertThat(statuses).filteredOn(status -> status != 200)
                .allMatch(status -> status == 412 || status == 409 || status == 422);
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                opened.body().get("chaseId").asText())).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM chase_step WHERE chase_id = ?",
                opened.body().get("chaseId").asText())).isEqualTo(2);
    }
}
