package kaohe.bench.chaos;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unique text each command of a run carries, so its events can be found later in any store or on Kafka: a
 * reason or note {@code chaos <run> <n>}, an upload's file name {@code chaos-<run>-<n>.jpg}. {@code n} is unique
 * across the run's commands of every kind.
 */
final class Markers {

    private final String run;
    private final Pattern found;
    private final AtomicLong next = new AtomicLong(1);

    Markers(String run) {
        if (!run.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("a run id is 8 hex digits: " + run);
        }
        this.run = run;
        this.found = Pattern.compile("chaos[ -]" + run + "[ -]([0-9]+)");
    }

    String run() {
        return run;
    }

    long next() {
        return next.getAndIncrement();
    }

    String reason(long n) {
        return "chaos " + run + " " + n;
    }

    String fileName(long n) {
        return "chaos-" + run + "-" + n + ".jpg";
    }

    /** A SQL LIKE pattern matching every text that holds one of this run's markers. */
    String likePattern() {
        return "%chaos_" + run + "_%";
    }

    /** Every marker of this run in {@code text} (an event's metadata, payload or Kafka envelope). */
    Set<Long> in(String text) {
        Set<Long> markers = new LinkedHashSet<>();
        if (text == null) {
            return markers;
        }
        Matcher matcher = found.matcher(text);
        while (matcher.find()) {
            markers.add(Long.parseLong(matcher.group(1)));
        }
        return markers;
    }
}
