package kaohe.identity;

import kaohe.testengines.ApiClient;
import kaohe.testengines.ApiClient.DevUser;
import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider on the real engines (its own {@code identity} database) as the local run ({@code ./kaohe}) starts
 * it: dev tokens on, the verifier's local secret, demo accounts with the demo password. All its tests share one
 * Spring context; each works with accounts of its own. The web client's addresses are the gateway's default port
 * whatever the shell exports ({@code KAOHE_GATEWAY_PORT} of a running system would move them under the tests).
 */
@TestPropertySource(properties = {"kaohe.identity.issuer=" + IdentityServiceTest.ISSUER,
        "kaohe.identity.dev-tokens=true", "KAOHE_VERIFIER_SECRET=kaohe-verifier-local-secret",
        "kaohe.identity.demo-password=" + IdentityServiceTest.DEMO_PASSWORD, "KAOHE_GATEWAY_PORT=8080"})
public abstract class IdentityServiceTest extends ServiceTest {

    protected static final String ISSUER = "http://identity.test";
    protected static final String DEMO_PASSWORD = "kaohe-demo-2020";
    protected static final DevUser OFFICE = new DevUser("office-admin", "办公室管理员", "办公室", "OFFICE");
    protected static final DevUser LIAISON = new DevUser("liaison-duchachu", "督查处联络员", "督查处", "LIAISON");

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(http);
    }

    /** A new liaison account of 督查处 with an id of its own; returns its id and temporary password. */
    protected Map.Entry<String, String> newLiaison(String name) {
        String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        var answer = api.post(OFFICE, "/api/identity/accounts", Map.of("name", name, "department", "督查处",
                "phone", "13912345678", "userId", id, "reason", "测试账号"));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return Map.entry(id, answer.body().get("initialPassword").asText());
    }
}
