package kaohe.bench;

import java.util.Arrays;
import java.util.List;

/** Prints figures in the one form tools read: {@code figure <name> <value> <unit>}. */
public final class Figures {

    private Figures() {
    }

    public static void print(String name, double value, String unit) {
        String shown = value >= 100 ? String.valueOf(Math.round(value)) : String.format("%.2f", value);
        System.out.println("figure " + name + " " + shown + " " + unit);
        System.out.flush();
    }

    /** The p-th percentile (0–100) of latencies in nanoseconds, in milliseconds. */
    public static double percentileMs(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
