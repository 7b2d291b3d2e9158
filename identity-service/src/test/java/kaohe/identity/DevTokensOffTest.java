package kaohe.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Where real people sign in, the password-less dev tokens do not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kaohe.identity.dev-tokens=false")
class DevTokensOffTest {

    @Autowired
    private TestRestTemplate http;

    @Test
    void noTokenWithoutCredentials() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("user", "office-admin");
        assertThat(http.postForEntity("/dev/tokens", form, String.class).getStatusCode().value()).isIn(401, 403);
        var liaison = new LinkedMultiValueMap<String, String>();
        liaison.add("department", "处室01");
        assertThat(http.postForEntity("/dev/tokens/liaison", liaison, String.class).getStatusCode().value())
                .isIn(401, 403);
        assertThat(http.getForEntity("/dev/users", String.class).getStatusCode().value()).isIn(401, 403);
        assertThat(http.getForEntity("/.well-known/openid-configuration", String.class).getStatusCode().value())
                .isEqualTo(200);
    }
}
