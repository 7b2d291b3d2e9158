package kaohe.testtokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * An OpenID issuer for tests, one per test JVM: an RSA key, its discovery document and JWK set served over real
 * HTTP, and tokens signed with it — valid ones, and the forgeries an attacker would try. Services and the gateway
 * check these exactly as they check the identity service's, which the tests therefore do not need.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "kaohe";

    private static TestIssuer shared;

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;

    private TestIssuer() {
        key = newKey("test-issuer-key");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/.well-known/openid-configuration",
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + jwkSetUri() + "\"}");
        serve("/jwks", new JWKSet(key.toPublicJWK()).toString());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    /** The issuer of this test JVM, started on first use. */
    public static synchronized TestIssuer get() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/jwks";
    }

    /** Claims of a valid token for this user, to adjust before signing: issued now, valid for 15 minutes. */
    public JWTClaimsSet.Builder claims(String subject, String name, String department, String... roles) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer).audience(List.of(AUDIENCE)).subject(subject).claim("name", name)
                .claim("roles", List.of(roles))
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
        return department == null ? claims : claims.claim("department", department);
    }

    /** A valid token for this user. */
    public String token(String subject, String name, String department, String... roles) {
        return sign(claims(subject, name, department, roles));
    }

    /** Signed by this issuer's key (RS256), whatever the claims say. */
    public String sign(JWTClaimsSet.Builder claims) {
        return signWith(key, claims);
    }

    /** Signed by a key the issuer never published, under the issuer's key id. */
    public String signWithAnotherKey(JWTClaimsSet.Builder claims) {
        return signWith(newKey(key.getKeyID()), claims);
    }

    /** {@code alg=none}: no signature at all. */
    public String unsigned(JWTClaimsSet.Builder claims) {
        return new PlainJWT(claims.build()).serialize();
    }

    /** RS256→HS256 confusion: HMAC-signed with the issuer's public key bytes as the shared secret. */
    public String hmacWithPublicKey(JWTClaimsSet.Builder claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token with one bit of its signature flipped. */
    public static String withTamperedSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = new Base64URL(parts[2]).decode();
        signature[signature.length / 2] ^= 1;
        return parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);
    }

    /** A valid token whose payload is swapped for other claims, its signature kept. */
    public static String withSwappedPayload(String token, JWTClaimsSet.Builder claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64URL.encode(claims.build().toString().getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String signWith(RSAKey signingKey, JWTClaimsSet.Builder claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
