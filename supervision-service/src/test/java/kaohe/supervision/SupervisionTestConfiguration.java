package kaohe.supervision;

import kaohe.testengines.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every supervision test context adds (one context for all, the baseline's too): a clock set per test, the
 * local SMTP server and robot receiver, and small stand-ins for the directory and the policies.
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
    FixedDirectory testDirectory() {
        return new FixedDirectory();
    }

    @Bean
    @Primary
    TestPolicies testPolicies() {
        return new TestPolicies();
    }
}
