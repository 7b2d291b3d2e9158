package kaohe.platform.consume;

import kaohe.testengines.TestEngines;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** merge_consumer_group (platform migration V8) on a real PostgreSQL: letters follow their merged groups. */
class MergeConsumerGroupTest {

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        var engines = TestEngines.get();
        var dataSource = new DriverManagerDataSource(engines.jdbcUrl("scoring"), engines.postgresUser(),
                engines.postgresPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void unresolvedLettersTakeTheMergedGroupsNameAndARecordGivenUpTwiceIsOneLetter() {
        String topic = "merge-test-" + UUID.randomUUID();
        long sharedFirst = letter("catalog", topic, 7, false);
        long sharedSecond = letter("leaders", topic, 7, false);
        long onlyLeaders = letter("leaders", topic, 9, false);
        long resolvedBefore = letter("catalog", topic, 3, true);
        long elsewhere = letter("scorecard", topic, 7, false);

        jdbc.queryForList("SELECT merge_consumer_group(ARRAY[?, ?], ?)::text",
                name("catalog", topic), name("leaders", topic), name("indicator", topic));

        assertThat(consumer(sharedFirst)).isEqualTo(name("indicator", topic));
        assertThat(resolved(sharedFirst)).as("it stands for both groups' letter").isFalse();
        assertThat(consumer(sharedSecond)).as("the same record's second letter").isEqualTo(name("leaders", topic));
        assertThat(resolved(sharedSecond)).isTrue();
        assertThat(failure(sharedSecond)).contains("merged into consumer group " + name("indicator", topic))
                .contains("letter " + sharedFirst);
        assertThat(consumer(onlyLeaders)).isEqualTo(name("indicator", topic));
        assertThat(resolved(onlyLeaders)).isFalse();
        assertThat(consumer(resolvedBefore)).isEqualTo(name("indicator", topic));
        assertThat(resolved(resolvedBefore)).isTrue();
        assertThat(consumer(elsewhere)).as("another group's letter").isEqualTo(name("scorecard", topic));
    }

    /** Group names carry the topic, so repeated runs on one database never meet each other's letters. */
    private static String name(String group, String topic) {
        return group + "@" + topic;
    }

    private static long letter(String group, String topic, long offset, boolean resolved) {
        return jdbc.queryForObject("""
                INSERT INTO dead_letter (consumer, topic, kafka_partition, kafka_offset, failure, record_json,
                                         resolved_at)
                VALUES (?, ?, 0, ?, 'boom', '{}', CASE WHEN ? THEN now() END) RETURNING id""", Long.class,
                name(group, topic), topic, offset, resolved);
    }

    private static String consumer(long id) {
        return jdbc.queryForObject("SELECT consumer FROM dead_letter WHERE id = ?", String.class, id);
    }

    private static boolean resolved(long id) {
        return jdbc.queryForObject("SELECT resolved_at IS NOT NULL FROM dead_letter WHERE id = ?", Boolean.class, id);
    }

    private static String failure(long id) {
        return jdbc.queryForObject("SELECT failure FROM dead_letter WHERE id = ?", String.class, id);
    }
}
