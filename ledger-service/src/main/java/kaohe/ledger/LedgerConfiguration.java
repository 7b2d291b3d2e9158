package kaohe.ledger;

import kaohe.ledger.calendar.BusinessCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The ledger's clock and calendar; tests replace the clock to stand on a chosen business day. */
@Configuration
@EnableConfigurationProperties(BusinessCalendar.Deadlines.class)
public class LedgerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessCalendar businessCalendar(Clock clock, BusinessCalendar.Deadlines deadlines) {
        return new BusinessCalendar(clock, deadlines);
    }
}
