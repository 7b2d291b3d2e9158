package kaohe.platform.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import java.time.Duration;

/**
 * How long a consumer waits before trying a failed record again, decided per failure: a transient one
 * ({@link TransientFailures}) is retried without limit, waiting {@code transientFirst} doubling up to
 * {@code transientMost}; any other counts towards {@code attempts}, after which the record is given up (dead-lettered).
 * Spring Kafka tells the retry listener of each failure on the consumer's thread just before it asks the back-off
 * for the next wait, so the failure is handed over there.
 */
public class RecordBackOff implements BackOff, RetryListener {

    private final int attempts;
    private final long interval;
    private final long transientFirst;
    private final long transientMost;
    private final ThreadLocal<Boolean> lastFailureTransient = ThreadLocal.withInitial(() -> false);

    public RecordBackOff(int attempts, Duration interval, Duration transientFirst, Duration transientMost) {
        // with one attempt Spring Kafka would give records up at once without asking again, transient failures too
        if (attempts < 2) {
            throw new IllegalArgumentException("kaohe.consumers.retry.attempts must be at least 2");
        }
        this.attempts = attempts;
        this.interval = interval.toMillis();
        this.transientFirst = transientFirst.toMillis();
        this.transientMost = transientMost.toMillis();
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
        lastFailureTransient.set(TransientFailures.isTransient(failure));
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private int failures;
            private long transientWait = transientFirst;

            @Override
            public long nextBackOff() {
                if (lastFailureTransient.get()) {
                    long wait = transientWait;
                    transientWait = Math.min(transientWait * 2, transientMost);
                    return wait;
                }
                transientWait = transientFirst;
                failures++;
                return failures < attempts ? interval : STOP;
            }
        };
    }
}
