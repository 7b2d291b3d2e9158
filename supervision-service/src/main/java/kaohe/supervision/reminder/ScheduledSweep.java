package kaohe.supervision.reminder;

import kaohe.platform.calendar.BusinessDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sweeps the business day every {@code kaohe.supervision.sweep-interval} (PT1M by default): a step falls due at
 * the day's first sweep, and an instance that finds another sweeping leaves the work to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ScheduledSweep {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSweep.class);

    private final ReminderSweep sweep;
    private final BusinessDay businessDay;

    public ScheduledSweep(ReminderSweep sweep, BusinessDay businessDay) {
        this.sweep = sweep;
        this.businessDay = businessDay;
    }

    @Scheduled(fixedDelayString = "${kaohe.supervision.sweep-interval:PT1M}",
            initialDelayString = "${kaohe.supervision.sweep-interval:PT1M}")
    void sweepToday() {
        sweep.sweepUnlessBusy(businessDay.today()).ifPresent(outcome -> {
            if (outcome.remindersDue() > 0) {
                log.info("sweep of {}: {} obligations looked at, {} reminders due, {} newly recorded, {} ms",
                        outcome.day(), outcome.obligations(), outcome.remindersDue(), outcome.newlyRecorded(),
                        outcome.tookMs());
            }
        });
    }
}
