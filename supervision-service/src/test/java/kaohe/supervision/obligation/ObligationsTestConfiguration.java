package kaohe.supervision.obligation;

import kaohe.supervision.reminder.RecordingOutbox;
import kaohe.supervision.reminder.SettablePolicies;
import kaohe.testengines.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the obligation and reminder tests stand on: a clock set per test (the business day follows it), and
 * in place of the other features of this service, a recording outbox and settable policies.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ObligationsTestConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    RecordingOutbox recordingOutbox() {
        return new RecordingOutbox();
    }

    @Bean
    @Primary
    SettablePolicies settablePolicies() {
        return new SettablePolicies();
    }
}
