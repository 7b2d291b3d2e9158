package kaohe.tokens;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private Instant now = Instant.parse("2020-10-15T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, Duration.ofSeconds(60), clock);

    @Test
    void aCheckedTokenIsFoundUntilKeepRunsOut() {
        tokens.remember("t1", "office-admin", now.plusSeconds(900));
        now = now.plusSeconds(59);
        assertThat(tokens.find("t1")).contains("office-admin");
        now = now.plusSeconds(1);
        assertThat(tokens.find("t1")).as("checked in full again after keep").isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsNeverFoundAtOrPastItsExpiry() {
        tokens.remember("t1", "office-admin", now.plusSeconds(10));
        now = now.plusSeconds(9);
        assertThat(tokens.find("t1")).isPresent();
        now = now.plusSeconds(1);
        assertThat(tokens.find("t1")).isEmpty();
    }

    @Test
    void anExpiredOrExpiryLessTokenIsNotKept() {
        tokens.remember("expired", "x", now);
        tokens.remember("no-expiry", "x", null);
        assertThat(tokens.find("expired")).isEmpty();
        assertThat(tokens.find("no-expiry")).isEmpty();
        assertThat(tokens.find("never-seen")).isEmpty();
    }

    @Test
    void whenFullExpiredEntriesGoFirstThenEverything() {
        tokens.remember("short", "a", now.plusSeconds(5));
        tokens.remember("t2", "b", now.plusSeconds(900));
        tokens.remember("t3", "c", now.plusSeconds(900));
        now = now.plusSeconds(5);
        tokens.remember("t4", "d", now.plusSeconds(900));
        assertThat(tokens.find("t2")).as("only the expired one made room").contains("b");
        assertThat(tokens.size()).isEqualTo(3);

        tokens.remember("t5", "e", now.plusSeconds(900));
        assertThat(tokens.size()).as("nothing expired: all went").isEqualTo(1);
        assertThat(tokens.find("t5")).contains("e");
    }

    @Test
    void nonsenseSizesAreRefused() {
        assertThatThrownBy(() -> new VerifiedTokens<>(0, Duration.ofSeconds(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedTokens<>(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
