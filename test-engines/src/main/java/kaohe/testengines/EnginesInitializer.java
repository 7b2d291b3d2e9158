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
        environment.getPropertySources().addFirst(new MapPropertySource("kaohe-test-engines", Map.of(
                "spring.datasource.url", engines.jdbcUrl(database),
                "spring.datasource.username", engines.postgresUser(),
                "spring.datasource.password", engines.postgresPassword(),
                "spring.kafka.bootstrap-servers", engines.kafkaBootstrap(),
                "kaohe.s3.endpoint", engines.s3Endpoint(),
                "kaohe.s3.access-key", engines.s3AccessKey(),
                "kaohe.s3.secret-key", engines.s3SecretKey(),
                "kaohe.s3.bucket", engines.bucket(),
                "kaohe.chain.key-file", TestEngines.chainKeyFile(database),
                "kaohe.security.jwt.issuer-uri", TestIssuer.get().issuer())));
    }
}
