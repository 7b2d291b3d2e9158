package kaohe.identity.token;

import kaohe.identity.account.query.AccountProjection;
import kaohe.identity.user.DemoUser;
import kaohe.identity.user.DemoUsers;
import org.slf4j.LoggerFactory;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Development only ({@code kaohe.identity.dev-tokens=true}): an access token for any demo user or active account,
 * without a password, signed with the provider's own key — what {@code ./kaohe token USER} and local scripts use; and one for
 * the liaison of a department that has no demo user (the benchmarks' made-up 处室01…), and one for a made-up member
 * of the office's staff (each benchmark client its own user, so none meets the gateway's per-user rate limit). Never
 * on where real people sign in.
 */
@RestController
@ConditionalOnProperty(name = "kaohe.identity.dev-tokens", havingValue = "true")
public class DevTokenController {

    /** Enough made-up office staff for any bench's clients; few enough that the ids stay a known, small set. */
    private static final int MAX_OFFICE_STAFF = 64;
    private static final String OFFICE = "办公室";

    private final DemoUsers users;
    private final AccountProjection accounts;
    private final KaoheClaims claims;
    private final JwtEncoder encoder;

    public DevTokenController(DemoUsers users, AccountProjection accounts, KaoheClaims claims, JwtEncoder encoder) {
        this.users = users;
        this.accounts = accounts;
        this.claims = claims;
        this.encoder = encoder;
        LoggerFactory.getLogger(DevTokenController.class).warn(
                "development tokens are on: whoever reaches /dev/tokens acts as any demo user (local use only)");
    }

    @GetMapping("/dev/users")
    public List<DemoUser> users() {
        return users.all();
    }

    /** A demo user as configured, or else an active account (one the office created) as it stands now. */
    @PostMapping("/dev/tokens")
    public ResponseEntity<?> token(@RequestParam("user") String userId) {
        return users.find(userId)
                .or(() -> accounts.find(userId).filter(account -> !account.disabled())
                        .map(account -> new DemoUser(account.id(), account.name(), account.department(),
                                account.roles())))
                .<ResponseEntity<?>>map(user -> ResponseEntity.ok(token(user)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown-user", "用户不存在",
                        "没有标识为 " + userId + " 的演示用户。"));
    }

    /** A liaison (LIAISON only, never more) of {@code department}, named after it, with a stable user id. */
    @PostMapping("/dev/tokens/liaison")
    public ResponseEntity<?> liaisonToken(@RequestParam("department") String department) {
        String name = department.strip();
        if (name.isEmpty() || name.length() > 64 || !name.codePoints().allMatch(Character::isLetterOrDigit)) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-department", "处室名称无效",
                    "处室名称须为 1–64 个汉字、字母或数字。");
        }
        String id = "liaison-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString()
                .substring(0, 8);
        return ResponseEntity.ok(token(new DemoUser(id, name + "联络员", name, List.of("LIAISON"))));
    }

    /**
     * Office staff member {@code staff} (1–64, written plainly): OFFICE only, of 办公室, user id
     * {@code office-staff-<n>} — what {@code office-admin} may do, as a user of its own.
     */
    @PostMapping("/dev/tokens/office")
    public ResponseEntity<?> officeStaffToken(@RequestParam(name = "staff", required = false) String staff) {
        // digits only, no sign or leading zero, so each member has exactly one spelling and one id
        if (staff == null || !staff.matches("[1-9][0-9]?") || Integer.parseInt(staff) > MAX_OFFICE_STAFF) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-staff", "工作人员编号无效",
                    "工作人员编号须为 1–" + MAX_OFFICE_STAFF + " 的整数。");
        }
        return ResponseEntity.ok(token(new DemoUser("office-staff-" + staff, "办公室工作人员" + staff, OFFICE,
                List.of("OFFICE"))));
    }

    private Map<String, Object> token(DemoUser user) {
        var claimsSet = claims.forUser(user);
        String token = encoder.encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build(), claimsSet)).getTokenValue();
        long expiresIn = Duration.between(claimsSet.getIssuedAt(), claimsSet.getExpiresAt()).toSeconds();
        return Map.of("access_token", token, "token_type", "Bearer", "expires_in", expiresIn);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title,
                                                         String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:kaohe:problem:" + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
