package kaohe.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.LinkedMultiValueMap;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider over real HTTP, read as a service reads it: discovery, then the JWK set, then RS256 tokens; with
 * what the local run ({@code ./kaohe}) sets: dev tokens on and the verifier's local secret.
 */
class IdentityProviderTest extends IdentityServiceTest {

    private JwtDecoder decoder() {
        JsonNode discovery = http.getForObject("/.well-known/openid-configuration", JsonNode.class);
        String jwks = discovery.get("jwks_uri").asText().replace("http://identity.test", http.getRootUri());
        return NimbusJwtDecoder.withJwkSetUri(jwks).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    }

    private String devToken(String user) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("user", user);
        return http.postForObject("/dev/tokens", form, JsonNode.class).get("access_token").asText();
    }

    @Test
    void discoveryNamesTheConfiguredIssuerAndAnRsaKeySet() {
        JsonNode discovery = http.getForObject("/.well-known/openid-configuration", JsonNode.class);
        assertThat(discovery.get("issuer").asText()).isEqualTo("http://identity.test");
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo("http://identity.test/oauth2/jwks");
        JsonNode keys = http.getForObject("/oauth2/jwks", JsonNode.class).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kty").asText()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("no private part published").isFalse();
    }

    @Test
    void aDevTokenCarriesTheUsersClaimsSignedWithThePublishedKey() {
        Jwt token = decoder().decode(devToken("liaison-duchachu"));
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
        assertThat(token.getSubject()).isEqualTo("liaison-duchachu");
        assertThat(token.getClaimAsString("name")).isEqualTo("督查处联络员");
        assertThat(token.getClaimAsString("department")).isEqualTo("督查处");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("LIAISON");
        assertThat(token.getAudience()).containsExactly("kaohe");
        assertThat(token.getIssuer().toString()).isEqualTo("http://identity.test");
        assertThat(token.getNotBefore()).isEqualTo(token.getIssuedAt());
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theSeedsPeopleAreDemoUsers() {
        JsonNode users = http.getForObject("/dev/users", JsonNode.class);
        assertThat(users).hasSize(1 + 15 + 4 + 1);
        Jwt leader = decoder().decode(devToken("leader-zhang"));
        assertThat(leader.getClaimAsString("name")).isEqualTo("张新鳌");
        assertThat(leader.hasClaim("department")).isFalse();
        assertThat(decoder().decode(devToken("office-admin")).getClaimAsStringList("roles")).containsExactly("OFFICE");
    }

    @Test
    void aMadeUpDepartmentsLiaisonGetsALiaisonTokenAndNothingMore() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("department", "处室07");
        Jwt token = decoder().decode(http.postForObject("/dev/tokens/liaison", form, JsonNode.class)
                .get("access_token").asText());
        assertThat(token.getSubject()).startsWith("liaison-").hasSize("liaison-".length() + 8);
        assertThat(token.getClaimAsString("department")).isEqualTo("处室07");
        assertThat(token.getClaimAsString("name")).isEqualTo("处室07联络员");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("LIAISON");
        assertThat(token.getAudience()).containsExactly("kaohe");
        Jwt again = decoder().decode(http.postForObject("/dev/tokens/liaison", form, JsonNode.class)
                .get("access_token").asText());
        assertThat(again.getSubject()).as("one department, one liaison").isEqualTo(token.getSubject());
    }

    @Test
    void aLiaisonTokenNeedsAPlainDepartmentName() {
        for (String department : List.of("", "  ", "处室<script>", "a".repeat(65), "办公室\nroles=OFFICE")) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("department", department);
            var answer = http.postForEntity("/dev/tokens/liaison", form, JsonNode.class);
            assertThat(answer.getStatusCode().value()).as(department).isEqualTo(400);
            assertThat(answer.getBody().get("code").asText()).isEqualTo("invalid-department");
        }
        var missing = http.postForEntity("/dev/tokens/liaison", new LinkedMultiValueMap<String, String>(),
                JsonNode.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
    }

    private ResponseEntity<JsonNode> officeStaff(String staff) {
        var form = new LinkedMultiValueMap<String, String>();
        if (staff != null) {
            form.add("staff", staff);
        }
        return http.postForEntity("/dev/tokens/office", form, JsonNode.class);
    }

    @Test
    void aMadeUpOfficeStaffMemberGetsAnOfficeTokenOfTheirOwn() {
        Jwt token = decoder().decode(officeStaff("7").getBody().get("access_token").asText());
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
        assertThat(token.getSubject()).isEqualTo("office-staff-7");
        assertThat(token.getClaimAsString("name")).isEqualTo("办公室工作人员7");
        assertThat(token.getClaimAsString("department")).isEqualTo("办公室");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("OFFICE");
        assertThat(token.getAudience()).containsExactly("kaohe");
        assertThat(token.getIssuer().toString()).isEqualTo("http://identity.test");
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(officeStaff("7").getBody().get("expires_in").asLong()).isEqualTo(15 * 60);

        assertThat(decoder().decode(officeStaff("7").getBody().get("access_token").asText()).getSubject())
                .as("one number, one user").isEqualTo("office-staff-7");
        assertThat(decoder().decode(officeStaff("1").getBody().get("access_token").asText()).getSubject())
                .isEqualTo("office-staff-1");
        assertThat(decoder().decode(officeStaff("64").getBody().get("access_token").asText()).getSubject())
                .isEqualTo("office-staff-64");
    }

    @Test
    void anOfficeStaffTokenNeedsANumberFromOneToSixtyFour() {
        for (String staff : List.of("", " ", "abc", "7a", "0", "65", "-1", "+5", "07", "3.0", "99999999999999999999",
                "1 OR 1=1", "office-admin")) {
            var answer = officeStaff(staff);
            assertThat(answer.getStatusCode().value()).as(staff).isEqualTo(400);
            assertThat(answer.getBody().get("code").asText()).as(staff).isEqualTo("invalid-staff");
            assertThat(answer.getBody().get("type").asText()).isEqualTo("urn:kaohe:problem:invalid-staff");
            assertThat(answer.getBody().has("access_token")).isFalse();
        }
        var missing = officeStaff(null);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getBody().get("code").asText()).isEqualTo("invalid-staff");
    }

    @Test
    void anAccountTheOfficeCreatedGetsADevTokenWhileItIsActive() {
        String id = newLiaison("周六").getKey();
        Jwt token = decoder().decode(devToken(id));
        assertThat(token.getSubject()).isEqualTo(id);
        assertThat(token.getClaimAsString("name")).isEqualTo("周六");
        assertThat(token.getClaimAsString("department")).isEqualTo("督查处");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("LIAISON");

        api.post(OFFICE, "/api/identity/accounts/" + id + "/disable", java.util.Map.of("reason", "调离"));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("user", id);
        assertThat(http.postForEntity("/dev/tokens", form, JsonNode.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anUnknownUserGetsNoToken() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("user", "mallory");
        var answer = http.postForEntity("/dev/tokens", form, JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("code").asText()).isEqualTo("unknown-user");
    }

    @Test
    void aClientTakesTheClientCredentialsGrantAndActsWithItsRoles() {
        var headers = new HttpHeaders();
        headers.setBasicAuth("kaohe-verifier", "kaohe-verifier-local-secret");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        JsonNode answer = http.postForObject("/oauth2/token", new HttpEntity<>(form, headers), JsonNode.class);
        Jwt token = decoder().decode(answer.get("access_token").asText());
        assertThat(token.getSubject()).isEqualTo("kaohe-verifier");
        assertThat(token.getAudience()).isEqualTo(List.of("kaohe"));
        assertThat(token.getClaimAsStringList("roles")).containsExactly("AUDITOR");
        assertThat(token.getNotBefore()).isNotNull();

        headers.setBasicAuth("kaohe-verifier", "wrong");
        assertThat(http.postForEntity("/oauth2/token", new HttpEntity<>(form, headers), String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void nothingElseIsOpen() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().value()).isIn(401, 403, 404);
        assertThat(http.getForEntity("/anything", String.class).getStatusCode().value()).isIn(401, 403);
    }
}
