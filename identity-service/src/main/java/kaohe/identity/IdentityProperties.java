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
 * @param demoPassword    when set, every demo user without an account gets one with this password at start
 * @param web             the browser app, a public client signing people in with the authorization code and PKCE
 * @param lockout         how wrong passwords slow down and then lock an account
 */
@ConfigurationProperties("kaohe.identity")
public record IdentityProperties(String issuer, String audience, Duration accessTokenTtl, boolean devTokens,
                                 String keyFile, List<DemoUser> users, List<Client> clients, String demoPassword,
                                 Web web, Lockout lockout) {

    public IdentityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("kaohe.identity.issuer must be set");
        }
        audience = audience == null || audience.isBlank() ? "kaohe" : audience;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        users = users == null ? List.of() : List.copyOf(users);
        clients = clients == null ? List.of() : List.copyOf(clients);
        demoPassword = demoPassword == null || demoPassword.isBlank() ? null : demoPassword;
        web = web == null ? new Web(null, null, null) : web;
        lockout = lockout == null ? new Lockout(0, null, null, null) : lockout;
    }

    /**
     * The browser app as an OAuth2 client: where a code may be sent after sign-in and where the browser may go after
     * sign-out. Its origins (scheme, host, port of the redirect URIs) are the ones allowed to call the provider
     * cross-origin.
     */
    public record Web(String clientId, List<String> redirectUris, List<String> postLogoutRedirectUris) {

        public Web {
            clientId = clientId == null || clientId.isBlank() ? "kaohe-web" : clientId;
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        }
    }

    /**
     * After each wrong password the answer waits {@code delayStep} × failures (at most {@code maxDelay}); after
     * {@code maxFailures} in a row the login is locked for {@code duration}.
     */
    public record Lockout(int maxFailures, Duration duration, Duration delayStep, Duration maxDelay) {

        public Lockout {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
            delayStep = delayStep == null ? Duration.ofMillis(250) : delayStep;
            maxDelay = maxDelay == null ? Duration.ofSeconds(2) : maxDelay;
        }

        public Duration delayAfter(int failures) {
            Duration delay = delayStep.multipliedBy(failures);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** A machine client (a script, a verifier) with a secret, acting with {@code roles}. */
    public record Client(String id, String secret, String name, List<String> roles) {

        public Client {
            roles = roles == null ? List.of() : List.copyOf(roles);
            name = name == null || name.isBlank() ? id : name;
        }
    }
}
