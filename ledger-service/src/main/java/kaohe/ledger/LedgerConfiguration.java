package kaohe.ledger;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.platform.calendar.BusinessDay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's calendar: the platform's business day with the ledger's deadlines. */
@Configuration
@EnableConfigurationProperties(BusinessCalendar.Deadlines.class)
public class LedgerConfiguration {

    @Bean
    BusinessCalendar businessCalendar(BusinessDay businessDay, BusinessCalendar.Deadlines deadlines) {
        return new BusinessCalendar(businessDay, deadlines);
    }
}
