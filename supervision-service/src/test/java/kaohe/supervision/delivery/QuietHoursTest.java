package kaohe.supervision.delivery;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

    @Test
    void quietHoursAcrossMidnightEndAtTheNextMorning() {
        assertThat(NIGHT.endOf(at("2020-08-28T21:59"))).isEmpty();
        assertThat(NIGHT.endOf(at("2020-08-28T22:00"))).contains(at("2020-08-29T08:00"));
        assertThat(NIGHT.endOf(at("2020-08-28T23:30"))).contains(at("2020-08-29T08:00"));
        assertThat(NIGHT.endOf(at("2020-08-29T03:00"))).contains(at("2020-08-29T08:00"));
        assertThat(NIGHT.endOf(at("2020-08-29T08:00"))).isEmpty();
    }

    @Test
    void quietHoursWithinADayEndTheSameDay() {
        var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(lunch.endOf(at("2020-08-28T12:10"))).contains(at("2020-08-28T13:30"));
        assertThat(lunch.endOf(at("2020-08-28T11:59"))).isEmpty();
        assertThat(lunch.endOf(at("2020-08-28T13:30"))).isEmpty();
    }

    @Test
    void equalTimesMeanNoQuietHours() {
        var none = new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0));
        assertThat(none.endOf(at("2020-08-28T22:00"))).isEmpty();
        assertThat(none.endOf(at("2020-08-28T03:00"))).isEmpty();
    }

    @Test
    void theyAreJudgedInShanghaiWhateverTheInstantsZone() {
        assertThat(NIGHT.endOf(Instant.parse("2020-08-28T14:30:00Z"))).as("22:30 in Shanghai").isPresent();
        assertThat(NIGHT.endOf(Instant.parse("2020-08-28T03:00:00Z"))).as("11:00 in Shanghai").isEmpty();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
