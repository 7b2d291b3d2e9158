package kaohe.platform.actor;

import kaohe.tokens.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Checks a token in full the first time it is seen, then answers from {@link VerifiedTokens} while it is kept. */
final class RememberingTokenDecoder implements JwtDecoder {

    private final JwtDecoder fullCheck;
    private final VerifiedTokens<Jwt> verified;

    RememberingTokenDecoder(JwtDecoder fullCheck, VerifiedTokens<Jwt> verified) {
        this.fullCheck = fullCheck;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var kept = verified.find(token);
        if (kept.isPresent()) {
            return kept.get();
        }
        Jwt jwt = fullCheck.decode(token);
        verified.remember(token, jwt, jwt.getExpiresAt());
        return jwt;
    }
}
