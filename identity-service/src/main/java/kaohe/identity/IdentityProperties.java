package kaohe.identity;

import kaohe.identity.user.DemoUser;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * What this provider issues ({@code kaohe.identity.*}).
 *
 * @param issuer          the {@code iss} of every token and the base of the discovery document
 * @param audience        the {@code aud} of every access token: the services accept only tokens meant for them
 * @param accessTokenTtl  how long an access token lives
 * @param devTokens       whether {@code POST /dev/tokens} hands out a token for any demo user: off unless the local
 *                        run ({@code ./kaohe}) turns it on
 * @param keyFile         where the signing key is kept so tokens survive a restart; blank keeps it in memory
 * @param users           the demo users
 * @param clients         OAuth2 clients allowed the client-credentials grant, each acting with its roles; one without
 *                        a secret is not registered
 */
@ConfigurationProperties("kaohe.identity")
public record IdentityProperties(String issuer, String audience, Duration accessTokenTtl, boolean devTokens,
                                 String keyFile, List<DemoUser> users, List<Client> clients) {

    public IdentityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("kaohe.identity.issuer must be set");
        }
        audience = audience == null || audience.isBlank() ? "kaohe" : audience;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        users = users == null ? List.of() : List.copyOf(users);
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /** A machine client (a script, a verifier) with a secret, acting with {@code roles}. */
    public record Client(String id, String secret, String name, List<String> roles) {

        public Client {
            roles = roles == null ? List.of() : List.copyOf(roles);
            name = name == null || name.isBlank() ? id : name;
        }
    }
}
