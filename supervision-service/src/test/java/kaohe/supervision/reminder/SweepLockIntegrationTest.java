package kaohe.supervision.reminder;

import kaohe.supervision.obligation.ObligationsIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One sweep at a time across instances; the metrics of the last sweep are exported. */
class SweepLockIntegrationTest extends ObligationsIntegrationTestBase {

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aScheduledSweepLeavesTheWorkToTheInstanceSweepingNow() throws Exception {
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var otherInstance = Executors.newSingleThreadExecutor();
        try {
            var sweeping = otherInstance.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.query("SELECT pg_advisory_xact_lock(?)", row -> null, ReminderSweep.SWEEP_LOCK);
                held.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(sweep.sweepUnlessBusy(LocalDate.of(2020, 9, 3))).isEmpty();
            release.countDown();
            sweeping.get(10, TimeUnit.SECONDS);
            assertThat(sweep.sweepUnlessBusy(LocalDate.of(2020, 9, 3))).isPresent();
        } finally {
            otherInstance.shutdownNow();
        }
    }

    @Test
    void theSweepsTimeAndTheOpenAndOverdueObligationsAreMetrics() {
        plan();
        sweep.sweep(LocalDate.of(2020, 9, 3));
        String metrics = http.getForEntity("/actuator/prometheus", String.class).getBody();
        assertThat(metrics).contains("kaohe_reminder_sweep_seconds_count", "kaohe_obligations_open",
                "kaohe_obligations_overdue");
        double overdue = Double.parseDouble(metrics.lines().filter(line -> line.startsWith("kaohe_obligations_overdue"))
                .findFirst().orElseThrow().replaceAll(".* ", ""));
        assertThat(overdue).as("at least the liaison, July's and August's checks of the plan's two departments")
                .isGreaterThanOrEqualTo(6);
    }
}
