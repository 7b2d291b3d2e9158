package kaohe.identity.token;

import kaohe.identity.user.DemoUser;
import kaohe.identity.user.DemoUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Development only ({@code kaohe.identity.dev-tokens=true}): an access token for any demo user, without a
 * password, signed with the provider's own key — what {@code ./kaohe token USER} and local scripts use. Never on
 * where real people sign in.
 */
@RestController
@ConditionalOnProperty(name = "kaohe.identity.dev-tokens", havingValue = "true")
public class DevTokenController {

    private final DemoUsers users;
    private final KaoheClaims claims;
    private final JwtEncoder encoder;

    public DevTokenController(DemoUsers users, KaoheClaims claims, JwtEncoder encoder) {
        this.users = users;
        this.claims = claims;
        this.encoder = encoder;
    }

    @GetMapping("/dev/users")
    public List<DemoUser> users() {
        return users.all();
    }

    @PostMapping("/dev/tokens")
    public ResponseEntity<?> token(@RequestParam("user") String userId) {
        return users.find(userId).<ResponseEntity<?>>map(user -> {
            var claimsSet = claims.forUser(user);
            String token = encoder.encode(JwtEncoderParameters.from(
                    JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claimsSet)).getTokenValue();
            long expiresIn = Duration.between(claimsSet.getIssuedAt(), claimsSet.getExpiresAt()).toSeconds();
            return ResponseEntity.ok(Map.of("access_token", token, "token_type", "Bearer", "expires_in", expiresIn));
        }).orElseGet(() -> {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有标识为 " + userId + " 的演示用户。");
            problem.setType(URI.create("urn:kaohe:problem:unknown-user"));
            problem.setTitle("用户不存在");
            problem.setProperty("code", "unknown-user");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        });
    }
}
