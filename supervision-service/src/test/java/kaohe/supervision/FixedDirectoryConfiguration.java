package kaohe.supervision;

import kaohe.supervision.directory.Directory;
import kaohe.testengines.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every supervision test context adds: the fixed directory (until the one built from events is merged, then
 * only where a test needs fixed people) and a clock set per test. One configuration for all, so the service tests
 * share one Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedDirectoryConfiguration {

    @Bean
    @Primary
    Directory fixedDirectory() {
        return new FixedDirectory();
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
