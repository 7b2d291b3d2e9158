package kaohe.identity.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.identity.IdentityServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in to the browser app as oidc-client-ts does it: authorization endpoint, the sign-in page, back
 * to the authorization endpoint, a code at the app's redirect URI, the code and its PKCE verifier for tokens.
 */
class SignInIntegrationTest extends IdentityServiceTest {

    private static final String REDIRECT = "http://127.0.0.1:8080/callback";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** What the app sends to the authorization endpoint, with the challenge of {@code verifier}. */
    private static String authorize(String verifier) {
        return UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", "kaohe-web").queryParam("scope", "openid profile")
                .queryParam("redirect_uri", REDIRECT).queryParam("state", "s-1").queryParam("nonce", "n-1")
                .queryParam("code_challenge", challenge(verifier)).queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();
    }

    private static String newVerifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private NimbusJwtDecoder decoder() {
        return NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").jwsAlgorithm(SignatureAlgorithm.RS256).build();
    }

    private static String query(URI uri, String name) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
    }

    /** Signs in with the code flow and answers the token endpoint's JSON. */
    private JsonNode signInWithCode(Browser browser, String username, String password) throws Exception {
        String verifier = newVerifier();
        var toLogin = browser.get(authorize(verifier));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(browser.location(toLogin).getPath()).isEqualTo("/login");

        var signedIn = browser.signIn(username, password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        URI back = browser.location(signedIn);
        assertThat(back.getPath()).as("back to the authorization endpoint").isEqualTo("/oauth2/authorize");

        var toApp = browser.get(back.toString());
        assertThat(toApp.statusCode()).isEqualTo(302);
        URI callback = browser.location(toApp);
        assertThat(callback.toString()).startsWith(REDIRECT + "?");
        assertThat(query(callback, "state")).isEqualTo("s-1");
        String code = query(callback, "code");
        assertThat(code).isNotBlank();

        var tokens = browser.postForm("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT, "client_id", "kaohe-web", "code_verifier", verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body());
    }

    private String failureMessage(Browser browser, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        URI page = browser.location(answer);
        assertThat(page.getPath()).isEqualTo("/login");
        assertThat(page.getQuery()).isEqualTo("error");
        return browser.get(page.toString()).body();
    }

    @Test
    void aPersonSignsInWithCodeAndPkceAndGetsTheClaimsOfADevToken() throws Exception {
        var account = newLiaison("赵六");
        var browser = new Browser(base());
        JsonNode tokens = signInWithCode(browser, account.getKey(), account.getValue());
        assertThat(browser.cookieNames()).as("a session cookie of its own name").containsExactly("KAOHE_IDENTITY_SESSION");

        Jwt access = decoder().decode(tokens.get("access_token").asText());
        assertThat(access.getSubject()).isEqualTo(account.getKey());
        assertThat(access.getClaimAsString("name")).isEqualTo("赵六");
        assertThat(access.getClaimAsString("department")).isEqualTo("督查处");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("LIAISON");
        assertThat(access.getAudience()).containsExactly("kaohe");
        assertThat(access.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.has("refresh_token")).as("a public client gets no refresh token").isFalse();

        Jwt id = decoder().decode(tokens.get("id_token").asText());
        assertThat(id.getSubject()).isEqualTo(account.getKey());
        assertThat(id.getAudience()).containsExactly("kaohe-web");
        assertThat(id.getClaimAsString("name")).isEqualTo("赵六");
        assertThat(id.getClaimAsString("department")).isEqualTo("督查处");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("LIAISON");
        assertThat(id.getClaimAsString("nonce")).isEqualTo("n-1");

        var userInfo = browser.withBearer("/userinfo", tokens.get("access_token").asText());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(userInfo.body()).get("sub").asText()).isEqualTo(account.getKey());
    }

    @Test
    void theCodeIsWorthNothingWithoutItsVerifier() {
        var account = newLiaison("钱七");
        var browser = new Browser(base());
        String verifier = newVerifier();
        browser.get(authorize(verifier));
        URI callback = browser.location(browser.get(browser.location(browser.signIn(account.getKey(),
                account.getValue())).toString()));
        var tokens = browser.postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", query(callback, "code"), "redirect_uri", REDIRECT, "client_id", "kaohe-web",
                "code_verifier", newVerifier()));
        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).contains("invalid_grant");
    }

    @Test
    void theSignInPageIsChineseAndReadableOnAPhone() {
        var page = new Browser(base()).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(page.body()).contains("<title>考核 · 目标责任考核系统 登录</title>",
                "<input id=\"username\" name=\"username\"", "<input id=\"password\" name=\"password\" type=\"password\"",
                "<button type=\"submit\">登录</button>", "name=\"viewport\"", "\"WenQuanYi Micro Hei\"", "name=\"_csrf\"");
    }

    @Test
    void aWrongPasswordOrAnUnknownAccountGetsTheSameAnswer() {
        var account = newLiaison("孙八");
        var browser = new Browser(base());
        browser.get(authorize(newVerifier()));
        assertThat(failureMessage(browser, browser.signIn(account.getKey(), "wrong-password")))
                .contains("账号或密码错误");
        assertThat(failureMessage(browser, browser.signIn("no-such-account-" + port, "wrong-password")))
                .contains("账号或密码错误");
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefused() {
        var account = newLiaison("李九");
        var answer = new Browser(base()).postForm("/login",
                Map.of("username", account.getKey(), "password", account.getValue()));
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void fiveWrongPasswordsSlowDownThenLockEvenTheRightOne() {
        var account = newLiaison("周十");
        var browser = new Browser(base());
        long started = System.nanoTime();
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(failureMessage(browser, browser.signIn(account.getKey(), "wrong-" + failure)))
                    .contains("账号或密码错误");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("250 + 500 + 750 + 1000 ms of waiting").isGreaterThanOrEqualTo(Duration.ofMillis(2500));
        assertThat(failureMessage(browser, browser.signIn(account.getKey(), "wrong-5")))
                .containsPattern("账号已锁定，请于 \\d\\d:\\d\\d 后再试或联系办公室");
        assertThat(failureMessage(browser, browser.signIn(account.getKey(), account.getValue())))
                .as("the right password while locked").contains("账号已锁定");

        var listed = api.get(OFFICE, "/api/identity/accounts/" + account.getKey());
        assertThat(listed.body().get("state").asText()).isEqualTo("LOCKED");
        var history = api.get(OFFICE, "/api/identity/accounts/" + account.getKey() + "/history").body();
        JsonNode locked = history.get(history.size() - 1);
        assertThat(locked.get("type").asText()).isEqualTo("identity.AccountLocked.v1");
        assertThat(locked.get("actorId").asText()).isEqualTo("system");
        assertThat(locked.get("reason").asText()).isEqualTo("连续 5 次密码错误");

        var unlocked = api.post(OFFICE, "/api/identity/accounts/" + account.getKey() + "/unlock",
                Map.of("reason", "本人来电核实"));
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.body().get("state").asText()).isEqualTo("ACTIVE");
        var again = new Browser(base());
        again.get(authorize(newVerifier()));
        assertThat(again.location(again.signIn(account.getKey(), account.getValue())).getPath())
                .isEqualTo("/oauth2/authorize");
    }

    @Test
    void anUnknownAccountIsLockedLikeARealOne() {
        var browser = new Browser(base());
        String nobody = "nobody-" + port + "-" + System.nanoTime();
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(failureMessage(browser, browser.signIn(nobody, "x"))).contains("账号或密码错误");
        }
        assertThat(failureMessage(browser, browser.signIn(nobody, "x"))).contains("账号已锁定");
    }

    @Test
    void aDisabledAccountCannotSignInAndGetsNoToken() throws Exception {
        var account = newLiaison("吴十一");
        var signedInBefore = new Browser(base());
        signInWithCode(signedInBefore, account.getKey(), account.getValue());

        assertThat(api.post(OFFICE, "/api/identity/accounts/" + account.getKey() + "/disable",
                Map.of("reason", "调离")).status()).isEqualTo(200);
        var browser = new Browser(base());
        browser.get(authorize(newVerifier()));
        assertThat(failureMessage(browser, browser.signIn(account.getKey(), account.getValue())))
                .contains("账号已停用，请联系办公室");

        // still signed in from before: the session gives a code, but the code gives no token
        String verifier = newVerifier();
        URI callback = signedInBefore.location(signedInBefore.get(authorize(verifier)));
        var tokens = signedInBefore.postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", query(callback, "code"), "redirect_uri", REDIRECT, "client_id", "kaohe-web",
                "code_verifier", verifier));
        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).doesNotContain("access_token");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var account = newLiaison("郑十二");
        var browser = new Browser(base());
        JsonNode tokens = signInWithCode(browser, account.getKey(), account.getValue());
        var logout = browser.get(UriComponentsBuilder.fromPath("/connect/logout")
                .queryParam("id_token_hint", tokens.get("id_token").asText())
                .queryParam("post_logout_redirect_uri", "http://127.0.0.1:8080/").build().toUriString());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.location(logout).toString()).isEqualTo("http://127.0.0.1:8080/");
        var afterwards = browser.get(authorize(newVerifier()));
        assertThat(browser.location(afterwards).getPath()).as("asked to sign in again").isEqualTo("/login");
    }

    @Test
    void theDemoAccountsSignInWithTheDemoPasswordAndWereCreatedByTheSystem() throws Exception {
        JsonNode tokens = signInWithCode(new Browser(base()), "office-admin", DEMO_PASSWORD);
        Jwt access = decoder().decode(tokens.get("access_token").asText());
        assertThat(access.getClaimAsStringList("roles")).containsExactly("OFFICE");
        assertThat(access.getClaimAsString("department")).isEqualTo("办公室");
        JsonNode created = api.get(OFFICE, "/api/identity/accounts/leader-zhang/history").body().get(0);
        assertThat(created.get("type").asText()).isEqualTo("identity.AccountCreated.v1");
        assertThat(created.get("actorId").asText()).isEqualTo("system");
        assertThat(created.get("reason").asText()).isEqualTo("演示账号");
        assertThat(created.toString()).doesNotContain("bcrypt").doesNotContain(DEMO_PASSWORD);
    }

    @Test
    void theAppsOriginMayCallTheTokenEndpointAndNoOtherOriginMay() {
        var allowed = new Browser(base()).preflight("/oauth2/token", "http://127.0.0.1:8080");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:8080");
        var refused = new Browser(base()).preflight("/oauth2/token", "http://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var discovery = new Browser(base()).preflight("/.well-known/openid-configuration", "http://127.0.0.1:8080");
        assertThat(discovery.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:8080");
    }
}
