package kaohe.indicator.web;

import com.nimbusds.jwt.JWTClaimsSet;
import kaohe.testengines.ApiClient;
import kaohe.testengines.ApiClient.Bearer;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens against the running service over real HTTP, checked as in production (issuer discovery, JWK set,
 * RS256 only, issuer, audience, expiry, not-before): each forgery an attacker would try is refused with 401 and
 * changes nothing; a valid token's claims are the actor every event records.
 */
class TokenAttackIntegrationTest extends IntegrationTestBase {

    private static final TestIssuer ISSUER = TestIssuer.get();

    private static JWTClaimsSet.Builder office() {
        return ISSUER.claims("office-admin", "办公室管理员", "办公室", "OFFICE");
    }

    /** A write the office may make, sent with {@code token}; refused, it must leave the event store as it was. */
    private ApiClient.Answer definePlanWith(ApiClient.Identity who) {
        return api.post(who, "/api/indicator/plans", Map.of("planId", newPlanId(), "year", 2021, "title", "令牌计划"));
    }

    private void assertRefused(String token) {
        long before = eventCount();
        var answer = definePlanWith(new Bearer(token));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("unauthenticated");
        assertThat(answer.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get(new Bearer(token), "/api/indicator/plans").status()).isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void noToken() {
        var answer = api.get(Users.NOBODY, "/api/indicator/plans");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("unauthenticated");
    }

    @Test
    void expiredToken() {
        Instant now = Instant.now();
        assertRefused(ISSUER.sign(office().issueTime(Date.from(now.minusSeconds(1800)))
                .notBeforeTime(Date.from(now.minusSeconds(1800))).expirationTime(Date.from(now.minusSeconds(60)))));
    }

    @Test
    void tokenWithoutExpiry() {
        assertRefused(ISSUER.sign(office().expirationTime(null)));
    }

    @Test
    void notYetValidToken() {
        assertRefused(ISSUER.sign(office().notBeforeTime(Date.from(Instant.now().plusSeconds(120)))));
    }

    @Test
    void wrongIssuer() {
        assertRefused(ISSUER.sign(office().issuer("http://127.0.0.1:1/evil")));
    }

    @Test
    void wrongAudience() {
        assertRefused(ISSUER.sign(office().audience(List.of("another-system"))));
    }

    @Test
    void algNone() {
        assertRefused(ISSUER.unsigned(office()));
    }

    @Test
    void rs256ToHs256Confusion() {
        assertRefused(ISSUER.hmacWithPublicKey(office()));
    }

    @Test
    void tamperedSignature() {
        assertRefused(TestIssuer.withTamperedSignature(ISSUER.sign(office())));
    }

    @Test
    void liaisonTokenWithItsPayloadSwappedForTheOffices() {
        String liaison = ISSUER.token("liaison-duchachu", "王敏", "督查处", "LIAISON");
        assertRefused(TestIssuer.withSwappedPayload(liaison, office()));
    }

    @Test
    void tokenSignedByAnotherKey() {
        assertRefused(ISSUER.signWithAnotherKey(office()));
    }

    @Test
    void devHeadersDoNotRescueABadTokenNorRaiseAGoodOne() {
        var forged = new Bearer(ISSUER.unsigned(office())).headers();
        forged.addAll(Users.OFFICE.headers());
        assertThat(api.call(HttpMethod.GET, "/api/indicator/plans", forged, null).status()).isEqualTo(401);

        var liaison = new Bearer(ISSUER.token("liaison-duchachu", "王敏", "督查处", "LIAISON")).headers();
        liaison.addAll(Users.OFFICE.headers());
        var answer = api.call(HttpMethod.POST, "/api/indicator/plans", liaison,
                Map.of("planId", newPlanId(), "year", 2021, "title", "越权"));
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void validTokenIsAcceptedAndItsActorRecorded() {
        var created = definePlanWith(new Bearer(ISSUER.token("office-admin", "办公室管理员", "办公室", "OFFICE")));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String planId = created.body().get("planId").asText();

        var auditor = new Bearer(ISSUER.token("auditor", "审计员", null, "AUDITOR"));
        var events = api.get(auditor, "/api/indicator/audit/events?aggregateId=" + planId).body();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("actorId").asText()).isEqualTo("office-admin");
        assertThat(events.get(0).get("actorName").asText()).isEqualTo("办公室管理员");
        assertThat(events.get(0).get("actorDepartment").asText()).isEqualTo("办公室");
    }
}
