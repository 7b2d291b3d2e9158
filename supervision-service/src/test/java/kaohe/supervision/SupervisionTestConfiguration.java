package kaohe.supervision;

import kaohe.supervision.delivery.DeliveryOutbox;
import kaohe.supervision.directory.DirectoryProjection;
import kaohe.supervision.reminder.RecordingOutbox;
import kaohe.testengines.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The one test context of every supervision test (the baseline's too; a second context would run a second set of
 * consumers, sweeps and dispatchers on the same database): a clock set per test, the local SMTP server and robot
 * receiver, fixed people in front of the directory built from events, and a recorder in front of the outbox.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SupervisionTestConfiguration {

    @Bean
    static LocalChannels localChannels() {
        return new LocalChannels();
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    FixedDirectory fixedDirectory(DirectoryProjection real) {
        return new FixedDirectory(real);
    }

    @Bean
    @Primary
    RecordingOutbox recordingOutbox(DeliveryOutbox real) {
        return new RecordingOutbox(real);
    }
}
