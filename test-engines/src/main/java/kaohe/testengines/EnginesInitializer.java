package kaohe.testengines;

import kaohe.testtokens.TestIssuer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring Boot test at the shared engines, with the service's own database: the one named by its
 * {@code kaohe.context} (indicator, ledger …) and that database's one chain signing key, and at the test JVM's token issuer ({@link TestIssuer}), so every
 * service test checks bearer tokens as production does while the development headers keep working.
 * Use with {@code @ContextConfiguration(initializers = …)}.
 */
public class EnginesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        String database = environment.getRequiredProperty("kaohe.context");
        var engines = TestEngines.get();
        environment.getPropertySources().addFirst(new MapPropertySource("kaohe-test-engines", Map.ofEntries(
                Map.entry("spring.datasource.url", engines.jdbcUrl(database)),
                Map.entry("spring.datasource.username", engines.postgresUser()),
                Map.entry("spring.datasource.password", engines.postgresPassword()),
                Map.entry("spring.kafka.bootstrap-servers", engines.kafkaBootstrap()),
                Map.entry("kaohe.s3.endpoint", engines.s3Endpoint()),
                Map.entry("kaohe.s3.access-key", engines.s3AccessKey()),
                Map.entry("kaohe.s3.secret-key", engines.s3SecretKey()),
                Map.entry("kaohe.s3.bucket", engines.bucket()),
                Map.entry("spring.mail.host", engines.smtpHost()),
                Map.entry("spring.mail.port", Integer.toString(engines.smtpPort())),
                Map.entry("kaohe.chain.key-file", TestEngines.chainKeyFile(database)),
                Map.entry("kaohe.security.jwt.issuer-uri", TestIssuer.get().issuer()))));
    }
}
