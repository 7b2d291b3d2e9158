package kaohe.gateway;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key, refilled at {@code perSecond} up to {@code burst}. In memory, so per gateway instance;
 * bounded: keys rotated to exhaust memory only start every bucket full again.
 */
final class TokenBuckets {

    private static final int MAX_KEYS = 100_000;

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one token; false when none is left. */
    boolean take(String key) {
        return bucket(key).take(true);
    }

    /** Whether a token is left, taking none. */
    boolean available(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null || bucket.take(false);
    }

    /** The refill rate as people read it: {@code 200}, {@code 0.5}. */
    String rate() {
        return perSecond % 1 == 0 ? Long.toString((long) perSecond) : Double.toString(perSecond);
    }

    private Bucket bucket(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, any -> new Bucket());
    }

    private final class Bucket {
        private double tokens = burst;
        private long refilledAt = System.nanoTime();

        synchronized boolean take(boolean take) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            if (take) {
                tokens -= 1;
            }
            return true;
        }
    }
}
