package kaohe.supervision.delivery;

import java.time.Duration;

/** How long a failing channel waits before its next try: 30 s, 1 min, 2 min … doubling, never above 30 min. */
public final class BackOff {

    /** After this many failed tries a delivery is FAILED and tried no more. */
    public static final int MAX_ATTEMPTS = 8;

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MOST = Duration.ofMinutes(30);

    private BackOff() {
    }

    /** The wait after the {@code attempts}-th failed try (1 = the first). */
    public static Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, 16);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MOST) > 0 ? MOST : wait;
    }
}
