package kaohe.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens whose signature and claims were checked in full, kept for a short while: a client sends the same
 * token with each request, and checking its RS256 signature again was about a sixth of a command's CPU in a
 * service. A token is kept until its expiry or {@code keep} after its check, whichever comes first; after that
 * it is checked in full again, so an expired token is refused exactly as before, and a key the issuer withdraws
 * stops counting within {@code keep}. Only what passed is kept: a refused token is checked every time.
 *
 * @param <T> what a check gives (a decoded token)
 */
public final class VerifiedTokens<T> {

    /** A bureau's users at once, with room. */
    static final int BEARER_CAPACITY = 4096;
    static final Duration BEARER_KEEP = Duration.ofSeconds(60);

    private final Map<String, Kept<T>> kept = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration keep;
    private final Clock clock;

    public VerifiedTokens(int capacity, Duration keep, Clock clock) {
        if (capacity < 1 || keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("capacity and keep must be positive");
        }
        this.capacity = capacity;
        this.keep = keep;
        this.clock = clock;
    }

    /** The one sizing the gateway and every service use: 4,096 tokens, each trusted again for at most 60 s. */
    public static <T> VerifiedTokens<T> forBearerTokens() {
        return new VerifiedTokens<>(BEARER_CAPACITY, BEARER_KEEP, Clock.systemUTC());
    }

    /** What the full check of this very token gave, while it is still kept. */
    public Optional<T> find(String token) {
        Kept<T> found = kept.get(token);
        if (found == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(found.until())) {
            kept.remove(token, found);
            return Optional.empty();
        }
        return Optional.of(found.verified());
    }

    /** Keeps what the full check of {@code token} gave; a token without an expiry is never kept. */
    public void remember(String token, T verified, Instant expiresAt) {
        if (expiresAt == null) {
            return;
        }
        Instant now = clock.instant();
        Instant until = expiresAt.isBefore(now.plus(keep)) ? expiresAt : now.plus(keep);
        if (!now.isBefore(until)) {
            return;
        }
        if (kept.size() >= capacity) {
            makeRoom(now);
        }
        kept.put(token, new Kept<>(verified, until));
    }

    /** Expired entries go first; if the map is still full (a flood of distinct tokens), everything goes. */
    private void makeRoom(Instant now) {
        kept.values().removeIf(entry -> !now.isBefore(entry.until()));
        if (kept.size() >= capacity) {
            kept.clear();
        }
    }

    int size() {
        return kept.size();
    }

    private record Kept<T>(T verified, Instant until) {
    }
}
