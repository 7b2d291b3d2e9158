package kaohe.supervision;

import kaohe.testengines.ApiClient;
import kaohe.testengines.MutableClock;
import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision service on the real engines of this test JVM, standing on a chosen business day, with the fixed
 * directory. Each test takes a plan of its own ({@link #newPlan()}), so lists and counts see only its data.
 */
@Import(SupervisionTestConfiguration.class)
public abstract class PlanScopedTestBase extends ServiceTest {

    protected static final LocalDate AUGUST_10 = LocalDate.of(2020, 8, 10);

    @Autowired
    protected MutableClock clock;

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(http);
        clock.today(AUGUST_10);
    }

    /** A plan id the fixed directory knows, with its two departments, used by no other test. */
    protected static String newPlan() {
        return "plan-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    protected long eventCount() {
        return count("SELECT COUNT(*) FROM domain_event_entry");
    }

    protected static void assertProblem(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo(code);
        assertThat(answer.body().path("title").asText()).isNotBlank();
    }
}
