package kaohe.platform.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import kaohe.platform.consume.ConsumersHealth;
import kaohe.platform.consume.DeadLetterController;
import kaohe.platform.consume.DeadLetterRecoverer;
import kaohe.platform.consume.DeadLetterReplay;
import kaohe.platform.consume.DeadLetterStore;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.consume.RecordBackOff;
import kaohe.platform.consume.RetiredConsumerGroups;
import kaohe.platform.consume.UnknownEventTypes;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How every {@code @KafkaListener} of a service treats a record it fails on: retried with back-off, without limit
 * while the failure is transient; a poison record is given up after a few attempts into the {@code dead_letter}
 * table and the dead-letter topic, and the partition moves on. Boot's listener container factory takes the
 * {@link CommonErrorHandler} bean.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
public class ConsumersAutoConfiguration {

    @Bean
    UnknownEventTypes unknownEventTypes(MeterRegistry meters) {
        return new UnknownEventTypes(meters);
    }

    @Bean
    IdempotentConsumer idempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactions,
                                          ObjectMapper objectMapper, MeterRegistry meters,
                                          UnknownEventTypes unknownTypes) {
        return new IdempotentConsumer(jdbc, transactions, objectMapper, meters, unknownTypes);
    }

    @Bean
    DeadLetterStore deadLetterStore(JdbcTemplate jdbc) {
        return new DeadLetterStore(jdbc);
    }

    /** Created at start by Boot's KafkaAdmin (the broker creates no topic by itself); partitions as the broker's. */
    @Bean
    NewTopic deadLetterTopic(@Value("${kaohe.consumers.dead-letter-topic}") String name) {
        return new NewTopic(name, Optional.empty(), Optional.empty());
    }

    @Bean
    RecordBackOff recordBackOff(@Value("${kaohe.consumers.retry.attempts}") int attempts,
                                @Value("${kaohe.consumers.retry.interval}") Duration interval,
                                @Value("${kaohe.consumers.retry.transient-first}") Duration transientFirst,
                                @Value("${kaohe.consumers.retry.transient-most}") Duration transientMost) {
        return new RecordBackOff(attempts, interval, transientFirst, transientMost);
    }

    @Bean
    DeadLetterRecoverer deadLetterRecoverer(DeadLetterStore store, KafkaTemplate<String, String> kafka,
                                            KafkaAdmin admin, NewTopic deadLetterTopic, ObjectMapper objectMapper,
                                            MeterRegistry meters) {
        return new DeadLetterRecoverer(store, kafka, admin, deadLetterTopic, objectMapper, meters);
    }

    @Bean
    CommonErrorHandler kafkaErrorHandler(DeadLetterRecoverer recoverer, RecordBackOff backOff) {
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.setRetryListeners(backOff);
        // the back-off itself tells transient failures from others, record by record
        handler.setResetStateOnExceptionChange(false);
        return handler;
    }

    @Bean
    RetiredConsumerGroups retiredConsumerGroups(KafkaAdmin admin,
                                                @Value("${kaohe.consumers.retired-groups:}") List<String> groups) {
        return new RetiredConsumerGroups(admin, groups);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(DeadLetterStore store, KafkaListenerEndpointRegistry listeners) {
        return new DeadLetterReplay(store, listeners);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterStore store, DeadLetterReplay replay) {
        return new DeadLetterController(store, replay);
    }

    @Bean
    ConsumersHealth consumersHealthIndicator(DeadLetterStore store, UnknownEventTypes unknownTypes,
                                             KafkaListenerEndpointRegistry listeners) {
        return new ConsumersHealth(store, unknownTypes, listeners);
    }

    /** Read at each scrape; NaN while the database cannot say. */
    @Bean
    MeterBinder unresolvedDeadLetters(DeadLetterStore store) {
        return meters -> Gauge.builder("kaohe.consumer.dead_letters.unresolved", store, letters -> {
            try {
                return letters.unresolvedByConsumer().values().stream().mapToLong(Long::longValue).sum();
            } catch (RuntimeException databaseDown) {
                return Double.NaN;
            }
        }).description("records given up by this service's consumers and not yet replayed").register(meters);
    }
}
