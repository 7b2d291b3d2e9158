package kaohe.testengines;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started on the shared real engines, with its own database, metrics exported, and an HTTP client.
 * Every service test extends this, so all of them in one JVM share one Spring context.
 */
// the tests act as the seed's people through the development headers (tokens have their own tests), so they are
// switched on here; everywhere else they are off unless KAOHE_DEV_HEADERS says otherwise. A consumer's retries are
// short here, so a test sees a poison record dead-lettered in a second, not in ten.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"kaohe.dev-headers=true",
        "kaohe.consumers.retry.attempts=3", "kaohe.consumers.retry.interval=PT0.2S",
        "kaohe.consumers.retry.transient-first=PT0.1S", "kaohe.consumers.retry.transient-most=PT0.4S"})
@ContextConfiguration(initializers = EnginesInitializer.class)
@AutoConfigureObservability
public abstract class ServiceTest {

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcTemplate jdbc;
}
