package kaohe.platform.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOffExecution;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecordBackOffTest {

    private final RecordBackOff backOff = new RecordBackOff(4, Duration.ofSeconds(3), Duration.ofSeconds(1),
            Duration.ofSeconds(10));
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("kaohe.indicator", 0, 7, "k", "{}");

    /** As Spring Kafka calls them: the failure to the listener, then the back-off for the next wait. */
    private long failWith(BackOffExecution execution, Exception failure) {
        backOff.failedDelivery(record, new ListenerExecutionFailedException("listener failed", failure), 1);
        return execution.nextBackOff();
    }

    @Test
    void aPoisonRecordGetsItsAttemptsThenIsGivenUp() {
        var execution = backOff.start();
        var bug = new IllegalStateException("handler bug");

        assertThat(IntStream.range(0, 4).mapToLong(attempt -> failWith(execution, bug)).toArray())
                .containsExactly(3000, 3000, 3000, BackOffExecution.STOP);
    }

    @Test
    void aTransientFailureIsRetriedWithoutLimitWaitingLongerUpToTheCap() {
        var execution = backOff.start();
        var databaseDown = new CannotGetJdbcConnectionException("connection refused");

        assertThat(IntStream.range(0, 50).mapToLong(attempt -> failWith(execution, databaseDown)).toArray())
                .startsWith(1000, 2000, 4000, 8000, 10000, 10000).doesNotContain(BackOffExecution.STOP);
    }

    @Test
    void transientFailuresDoNotUseUpAPoisonRecordsAttempts() {
        var execution = backOff.start();
        var bug = new IllegalStateException("handler bug");
        var databaseDown = new CannotCreateTransactionException("no connection", new SQLException("gone", "08006"));

        failWith(execution, bug);
        IntStream.range(0, 20).forEach(attempt -> failWith(execution, databaseDown));
        failWith(execution, bug);
        assertThat(failWith(execution, bug)).isEqualTo(3000);
        assertThat(failWith(execution, bug)).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void transientMeansTheDatabaseOrBrokerAnywhereInTheCauseChain() {
        assertThat(TransientFailures.isTransient(new RuntimeException("wrapped",
                new CannotGetJdbcConnectionException("refused", new SQLException(new ConnectException()))))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("terminated", "57P01"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(
                new org.apache.kafka.common.errors.TimeoutException("no broker"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("not an event envelope"))).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("duplicate", "23505"))))
                .isFalse();
    }
}
