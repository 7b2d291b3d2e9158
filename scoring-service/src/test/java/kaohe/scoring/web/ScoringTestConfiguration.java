package kaohe.scoring.web;

import kaohe.testengines.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every scoring test context adds: a clock set per test (scores depend on the day). */
@TestConfiguration(proxyBeanMethods = false)
public class ScoringTestConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
