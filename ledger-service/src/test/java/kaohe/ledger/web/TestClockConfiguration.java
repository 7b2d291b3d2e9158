package kaohe.ledger.web;

import kaohe.testengines.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every ledger test context adds: a clock set per test, and a count of connections held per thread. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    static ConnectionsPerThread connectionsPerThread() {
        return new ConnectionsPerThread();
    }
}
