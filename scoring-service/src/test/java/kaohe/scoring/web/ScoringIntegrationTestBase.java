package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.testengines.ApiClient;
import kaohe.testengines.Eventually;
import kaohe.testengines.MutableClock;
import kaohe.testengines.ServiceTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring service on the real engines of this test JVM, standing on 2020-10-15 (Asia/Shanghai): the other
 * contexts' events reach it as in production, on Kafka; its own acts go through its API and come round too.
 * Axon stamps events with the test clock, so "as of a day" means the same for fed and for commanded events.
 */
@Import(ScoringTestConfiguration.class)
public abstract class ScoringIntegrationTestBase extends ServiceTest {

    protected static final LocalDate TODAY = LocalDate.of(2020, 10, 15);

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected ObjectMapper json;

    protected ApiClient api;
    protected EventsFeed feed;

    @BeforeEach
    void standOnTheDay() {
        api = new ApiClient(http);
        feed = new EventsFeed(kafka, json);
        clock.today(TODAY);
        GenericEventMessage.clock = clock;
    }

    @AfterEach
    void realTimeAgain() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    /** The scripted plan, once scoring has consumed every one of its events. */
    protected ScriptedPlan scripted() {
        var plan = ScriptedPlan.publish(feed);
        await("scripted plan consumed", () -> count("SELECT count(*) FROM consumed_event WHERE plan_id = ?",
                plan.planId) == plan.size());
        return plan;
    }

    protected static void await(String what, BooleanSupplier condition) {
        Eventually.await(what, condition);
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The plan's year ranking once the projection shows {@code rulesVersion}. */
    protected JsonNode rankingUnder(ScriptedPlan plan, int rulesVersion) {
        await("ranking under rules v" + rulesVersion, () -> count("""
                SELECT count(*) FROM scorecard WHERE plan_id = ? AND period = '2020' AND rules_version = ?""",
                plan.planId, rulesVersion) == 2);
        var ranking = api.get(ScoringUsers.OFFICE, "/api/scoring/plans/" + plan.planId + "/ranking?period=2020");
        assertThat(ranking.status()).as(ranking.body().toString()).isEqualTo(200);
        return ranking.body();
    }

    /** Waits until an act of the office has come round through Kafka into the projections. */
    protected void awaitScoringEvents(ScriptedPlan plan, int expected) {
        await(expected + " scoring events consumed", () -> count("""
                SELECT count(*) FROM consumed_event WHERE plan_id = ? AND type LIKE 'scoring.%'""",
                plan.planId) == expected);
    }
}
