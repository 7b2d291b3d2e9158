package kaohe.platform.web;

import kaohe.testengines.MutableClock;
import kaohe.testengines.TestEngines;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency records on a real PostgreSQL with the platform's migrations: kept for the retention, then free. */
class IdempotencyStoreTest {

    private static final Duration RETENTION = Duration.ofMinutes(5);

    private static JdbcTemplate jdbc;
    private static final MutableClock clock = new MutableClock();
    private static IdempotencyStore store;

    @BeforeAll
    static void database() {
        var engines = TestEngines.get();
        var dataSource = new DriverManagerDataSource(engines.jdbcUrl("scoring"), engines.postgresUser(),
                engines.postgresPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        store = new IdempotencyStore(jdbc, clock, RETENTION);
    }

    private static String actor() {
        return "actor-" + UUID.randomUUID();
    }

    @Test
    void aKeyIsRememberedWithinTheRetentionAndFreeAfterIt() {
        String actor = actor();
        assertThat(store.claim(actor, "key-1", "first")).isEmpty();
        store.complete(actor, "key-1", 201, "application/json", "{}".getBytes());

        clock.advance(RETENTION.minusSeconds(1));
        assertThat(store.claim(actor, "key-1", "other")).get()
                .extracting(IdempotencyStore.Remembered::fingerprint).isEqualTo("first");

        clock.advance(Duration.ofSeconds(2));
        assertThat(store.claim(actor, "key-1", "other")).isEmpty();
        assertThat(store.claim(actor, "key-1", "other")).get()
                .satisfies(now -> assertThat(now.completed()).isFalse())
                .extracting(IdempotencyStore.Remembered::status).isNull();
    }

    @Test
    void thePurgeDeletesOnlyExpiredRecordsInBatches() {
        String actor = actor();
        int expired = IdempotencyStore.PURGE_BATCH * 2 + 3;
        for (int i = 0; i < expired; i++) {
            store.claim(actor, "old-" + i, "f");
        }
        clock.advance(RETENTION.plusSeconds(1));
        store.claim(actor, "fresh", "f");

        assertThat(store.purgeExpired()).isGreaterThanOrEqualTo(expired);

        assertThat(jdbc.queryForList("SELECT idempotency_key FROM idempotency_record WHERE actor_id = ?",
                String.class, actor)).containsExactly("fresh");
    }
}
