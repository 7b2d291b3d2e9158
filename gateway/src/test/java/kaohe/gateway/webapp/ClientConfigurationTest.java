package kaohe.gateway.webapp;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /config.json}'s settings are checked when the gateway starts, not when a browser first asks. */
class ClientConfigurationTest {

    @EnableConfigurationProperties(WebAppSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, ClientConfiguration.class);

    @Test
    void aBusinessDateThatIsNoIsoDateRefusesToStartAndSaysWhy() {
        for (String bad : new String[]{"2020-13-45", "15.10.2020", "2020-10-15T00:00", "tomorrow"}) {
            gateway.withPropertyValues("kaohe.business-date=" + bad).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining(
                        "kaohe.business-date (KAOHE_BUSINESS_DATE) must be an ISO date such as 2020-10-15, or empty for the "
                                + "real date; got '" + bad + "'");
            });
        }
    }

    @Test
    void aBlankBusinessDateIsTheRealDateAndTheDefaultsSignInWithKaoheWeb() {
        gateway.withPropertyValues("kaohe.business-date= ").run(context -> {
            var config = context.getBean(ClientConfiguration.ClientConfig.class);
            assertThat(config.businessDate()).isNull();
            assertThat(config.issuer()).isNull();
            assertThat(config.clientId()).isEqualTo("kaohe-web");
            assertThat(config.scope()).isEqualTo("openid profile");
            assertThat(config.apiBase()).isEqualTo("/api");
        });
    }

    @Test
    void anotherProviderIsConfigurationOnly() {
        gateway.withPropertyValues("kaohe.web.issuer=https://sso.example.org/realms/kaohe",
                "kaohe.web.client-id=kaohe-spa", "kaohe.web.scope=openid profile email",
                "kaohe.business-date=2020-10-15").run(context -> {
            var config = context.getBean(ClientConfiguration.ClientConfig.class);
            assertThat(config).isEqualTo(new ClientConfiguration.ClientConfig("https://sso.example.org/realms/kaohe",
                    "kaohe-spa", "openid profile email", LocalDate.of(2020, 10, 15), "/api"));
        });
    }

    @Test
    void anIssuerThatIsNoUrlRefusesToStart() {
        gateway.withPropertyValues("kaohe.web.issuer=sso.example.org").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "kaohe.web.issuer must be an absolute http(s) URL");
        });
    }
}
