package kaohe.testengines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set to a chosen business day, so lateness and "future" are tested on known dates. */
public class MutableClock extends Clock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    /** Noon of {@code day} in Asia/Shanghai. */
    public void today(LocalDate day) {
        now = day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    /** Time passes: {@code duration} later than now. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
