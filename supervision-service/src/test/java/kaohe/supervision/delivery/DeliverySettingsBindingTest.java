package kaohe.supervision.delivery;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings as an operator writes them: a department's robots keyed by its Chinese name, defaults elsewhere. */
class DeliverySettingsBindingTest {

    @Test
    void inYamlTheDepartmentsNameIsWrittenInBrackets() throws Exception {
        String yaml = """
                kaohe:
                  supervision:
                    webhooks:
                      "[督查处]":
                        wecom: https://qyapi.example/send?key=1
                """;
        var sources = new YamlPropertySourceLoader().load("yaml", new ByteArrayResource(
                yaml.getBytes(StandardCharsets.UTF_8)));

        DeliverySettings settings = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("kaohe.supervision", DeliverySettings.class);

        assertThat(settings.webhooks()).containsOnlyKeys("督查处");
        assertThat(settings.webhooks().get("督查处").wecom()).isEqualTo("https://qyapi.example/send?key=1");
    }

    @Test
    void webhooksAreKeyedByTheDepartmentsNameAndEverythingElseHasItsDefault() {
        var source = new MapConfigurationPropertySource(Map.of(
                "kaohe.supervision.webhooks[督查处].wecom", "https://qyapi.example/send?key=1",
                "kaohe.supervision.webhooks[政策法规处].dingtalk", "https://oapi.example/robot/send?access_token=2"));

        DeliverySettings settings = new Binder(source).bindOrCreate("kaohe.supervision", DeliverySettings.class);

        assertThat(settings.webhooks().get("督查处").wecom()).isEqualTo("https://qyapi.example/send?key=1");
        assertThat(settings.webhooks().get("督查处").dingtalk()).isNull();
        assertThat(settings.webhooks().get("政策法规处").dingtalk()).endsWith("access_token=2");
        assertThat(settings.mail().from()).isEqualTo("kaohe@kaohe.local");
        assertThat(settings.rate().perRecipientPerHour()).isEqualTo(10);
        assertThat(settings.delivery().interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.absolute("/inbox")).isEqualTo("http://127.0.0.1:8080/inbox");
    }
}
