package kaohe.platform.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessDayTest {

    /** 2026-12-06 17:00 UTC is already 2026-12-07 in Asia/Shanghai. */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-12-06T17:00:00Z"), ZoneOffset.UTC);

    @Test
    void blankIsTheRealDateInShanghai() {
        for (String blank : new String[] {null, "", "   "}) {
            BusinessDay day = BusinessDay.configured(LATE_EVENING_UTC, blank);
            assertThat(day.today()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(day.isShifted()).isFalse();
            assertThat(day.zone().getId()).isEqualTo("Asia/Shanghai");
        }
    }

    @Test
    void aSetDateIsTodayWhateverTheClockSays() {
        BusinessDay day = BusinessDay.configured(LATE_EVENING_UTC, " 2020-10-15 ");
        assertThat(day.today()).isEqualTo(LocalDate.of(2020, 10, 15));
        assertThat(day.isShifted()).isTrue();
        assertThat(day.announcement())
                .isEqualTo("业务日期设为 2020-10-15（演示/培训）：到期、逾期与迟报按此日计算；事件时间仍为真实时间");
    }

    @Test
    void theRealDateFollowsTheClock() {
        var clock = new Clock() {
            Instant now = Instant.parse("2020-10-15T04:00:00Z");

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return Clock.fixed(now, zone);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        BusinessDay day = BusinessDay.real(clock);
        assertThat(day.today()).isEqualTo(LocalDate.of(2020, 10, 15));
        clock.now = Instant.parse("2020-10-15T16:00:00Z");
        assertThat(day.today()).isEqualTo(LocalDate.of(2020, 10, 16));
    }

    @Test
    void aBadValueRefusesToStartWithAClearMessage() {
        for (String bad : new String[] {"2020-13-01", "15/10/2020", "2020-10", "yesterday", "2020-02-30"}) {
            assertThatThrownBy(() -> BusinessDay.configured(LATE_EVENING_UTC, bad))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("kaohe.business-date")
                    .hasMessageContaining("KAOHE_BUSINESS_DATE")
                    .hasMessageContaining("'" + bad + "'")
                    .hasMessageContaining("2020-10-15");
        }
    }

    @Test
    void theEnvironmentVariableReachesTheSetting() {
        var sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("env", Map.of("KAOHE_BUSINESS_DATE", "2020-10-15")));
        var resolver = new PropertySourcesPropertyResolver(sources);
        assertThat(resolver.resolvePlaceholders("${" + BusinessDay.SETTING + ":}")).isEqualTo("2020-10-15");
    }

    @Test
    void anInstantFallsOnItsShanghaiDay() {
        assertThat(BusinessDay.dayOf(Instant.parse("2020-09-30T16:30:00Z"))).isEqualTo(LocalDate.of(2020, 10, 1));
    }
}
