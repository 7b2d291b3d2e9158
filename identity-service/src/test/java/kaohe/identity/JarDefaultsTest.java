package kaohe.identity;

import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as it ships, with nothing set (what production starts from): no password-less dev tokens and no machine
 * client with a secret anyone could know. Only the local run ({@code ./kaohe}) turns them on.
 */
class JarDefaultsTest extends ServiceTest {

    @Test
    void noDevTokensExist() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("user", "office-admin");
        assertThat(http.postForEntity("/dev/tokens", form, String.class).getStatusCode().value()).isEqualTo(404);
        var liaison = new LinkedMultiValueMap<String, String>();
        liaison.add("department", "处室01");
        assertThat(http.postForEntity("/dev/tokens/liaison", liaison, String.class).getStatusCode().value())
                .isEqualTo(404);
        var office = new LinkedMultiValueMap<String, String>();
        office.add("staff", "1");
        assertThat(http.postForEntity("/dev/tokens/office", office, String.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(http.getForEntity("/dev/users", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/.well-known/openid-configuration", String.class).getStatusCode().value())
                .isEqualTo(200);
    }

    @Autowired
    private kaohe.identity.IdentityProperties properties;

    @Test
    void theJarHasNoDemoPassword() {
        assertThat(properties.demoPassword()).isNull();
    }

    @Test
    void theVerifierClientHasNoSecretAndIsNotRegistered() {
        for (String secret : new String[] {"kaohe-verifier-local-secret", "secret"}) {
            var headers = new HttpHeaders();
            headers.setBasicAuth("kaohe-verifier", secret);
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            assertThat(http.postForEntity("/oauth2/token", new HttpEntity<>(form, headers), String.class)
                    .getStatusCode().value()).as(secret).isEqualTo(401);
        }
    }
}
