package kaohe.indicator.web;

import kaohe.testengines.ApiClient;
import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator service on the real engines of this test JVM (PostgreSQL, Kafka, s3proxy). Tests share one
 * database, so each works in a plan of its own.
 */
public abstract class IntegrationTestBase extends ServiceTest {

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(http);
    }

    protected static String newPlanId() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static byte[] seed() {
        try (InputStream in = IntegrationTestBase.class.getResourceAsStream("/importing/decomposition-2020.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the seed's 52 indicators into a new plan and returns its id. */
    protected String importSeed() {
        String planId = newPlanId();
        var answer = api.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId, seed(), "分解表.txt");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("created").asInt()).isEqualTo(52);
        return planId;
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }
}
