package kaohe.gateway.downstream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the instances are given: one URL as before, several comma-separated, also from an environment variable. */
class DownstreamServicesTest {

    @Test
    void oneUrlOrSeveralCommaSeparated() {
        var properties = new MapPropertySource("yml", Map.of(
                "kaohe.gateway.services.ledger", "http://127.0.0.1:8082",
                "kaohe.gateway.services.indicator", "http://127.0.0.1:8081,http://127.0.0.1:8181"));
        var services = new Binder(ConfigurationPropertySources.from(properties))
                .bind("kaohe.gateway", DownstreamServices.class).get().services();
        assertThat(services.get("ledger")).containsExactly(URI.create("http://127.0.0.1:8082"));
        assertThat(services.get("indicator"))
                .containsExactly(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8181"));
    }

    @Test
    void anEnvironmentVariableNamesAContextsInstances() {
        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "KAOHE_GATEWAY_SERVICES_SCORING", "http://127.0.0.1:8084,http://127.0.0.1:8184"));
        var services = new Binder(ConfigurationPropertySources.from(environment))
                .bind("kaohe.gateway", DownstreamServices.class).get().services();
        assertThat(services).containsEntry("scoring",
                List.of(URI.create("http://127.0.0.1:8084"), URI.create("http://127.0.0.1:8184")));
    }
}
