package kaohe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CPU time of named processes with their descendants, read from {@code /proc}: each root is a pid file of
 * {@code $KAOHE_DATA/pids} (gateway, services, engines, postgres, kafka …) or a process the bench started. A root
 * counts its own {@code utime+stime}, the {@code cutime+cstime} of the children it has reaped (PostgreSQL backends
 * that came and went) and, recursively, its live descendants — except those that are roots themselves, counted under
 * their own name, so nothing is counted twice. What a window cost is the difference of two samples.
 */
final class ProcessCpu {

    private final Path proc;
    private final Path pidFiles;
    private final long ticksPerSecond;
    private final Map<String, Long> started = new LinkedHashMap<>();

    ProcessCpu(Path proc, Path pidFiles, long ticksPerSecond) {
        this.proc = proc;
        this.pidFiles = pidFiles;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** This machine's {@code /proc} and clock ticks ({@code getconf CLK_TCK}, else Linux's usual 100). */
    static ProcessCpu of(Path pidFiles) {
        return new ProcessCpu(Path.of("/proc"), pidFiles, clockTicks());
    }

    /** A process the bench started (the CRUD peer), counted beside the pid files' from now on. */
    void add(String name, long pid) {
        started.put(name, pid);
    }

    /** Whether there is anything to measure: a {@code /proc} and at least one pid file. */
    boolean available() {
        return Files.isDirectory(proc) && !roots().isEmpty();
    }

    /** CPU ticks used so far per root name, descendants included. */
    Map<String, Long> sample() {
        Map<Long, Stat> stats = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(entry -> {
                        Stat stat = stat(entry.resolve("stat"));
                        if (stat != null) {
                            stats.put(stat.pid(), stat);
                            children.computeIfAbsent(stat.parent(), parent -> new ArrayList<>()).add(stat.pid());
                        }
                    });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + proc, e);
        }
        Map<String, Long> roots = roots();
        Map<String, Long> ticks = new TreeMap<>();
        roots.forEach((name, pid) -> ticks.put(name, total(pid, stats, children, roots)));
        return ticks;
    }

    /** Milliseconds of CPU per name between two samples; a name missing from either counts as nothing. */
    Map<String, Double> millisBetween(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> millis = new TreeMap<>();
        after.forEach((name, ticks) -> {
            Long earlier = before.get(name);
            if (earlier != null) {
                millis.put(name, Math.max(0, ticks - earlier) * 1000.0 / ticksPerSecond);
            }
        });
        return millis;
    }

    /** Samples at {@code startNanos} and {@code endNanos} ({@link System#nanoTime()}) on a thread of its own. */
    CompletableFuture<Map<String, Double>> over(long startNanos, long endNanos) {
        return CompletableFuture.supplyAsync(() -> {
            sleepUntil(startNanos);
            Map<String, Long> before = sample();
            sleepUntil(endNanos);
            return millisBetween(before, sample());
        });
    }

    /**
     * {@code figure <name> <total ÷ commands> ms}, then one {@code figure <name>.<process>} each, the largest
     * first.
     */
    static void report(String name, Map<String, Double> millis, long commands) {
        if (commands == 0) {
            System.out.println("# " + name + ": no command accepted in the window");
            return;
        }
        Figures.print(name, millis.values().stream().mapToDouble(Double::doubleValue).sum() / commands, "ms");
        millis.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(each -> Figures.print(name + "." + each.getKey(), each.getValue() / commands, "ms"));
    }

    private record Stat(long pid, long parent, long own, long reaped) {
    }

    private long total(long pid, Map<Long, Stat> stats, Map<Long, List<Long>> children, Map<String, Long> roots) {
        Stat stat = stats.get(pid);
        if (stat == null) {
            return 0;
        }
        long ticks = stat.own() + stat.reaped();
        for (long child : children.getOrDefault(pid, List.of())) {
            if (!roots.containsValue(child)) {
                ticks += total(child, stats, children, roots);
            }
        }
        return ticks;
    }

    /** Name → pid: the pid files (first line; PostgreSQL's has more) and the processes added here. */
    private Map<String, Long> roots() {
        Map<String, Long> roots = new TreeMap<>();
        if (Files.isDirectory(pidFiles)) {
            try (Stream<Path> files = Files.list(pidFiles)) {
                files.filter(file -> file.getFileName().toString().endsWith(".pid")).forEach(file -> {
                    try {
                        String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst()
                                .orElse("").strip();
                        if (!first.isEmpty() && first.chars().allMatch(Character::isDigit)) {
                            roots.put(file.getFileName().toString().replaceFirst("\\.pid$", ""),
                                    Long.parseLong(first));
                        }
                    } catch (IOException gone) {
                        // a process stopped meanwhile: nothing of it to count
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException("cannot list " + pidFiles, e);
            }
        }
        roots.putAll(started);
        return roots;
    }

    /**
     * {@code pid (comm) state ppid … utime stime cutime cstime …}: the command may hold spaces and parentheses, so
     * the fields are counted from its last ')'.
     */
    private static Stat stat(Path file) {
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8);
            int close = line.lastIndexOf(')');
            long pid = Long.parseLong(line.substring(0, line.indexOf(' ')).strip());
            String[] fields = line.substring(close + 2).strip().split("\\s+");
            return new Stat(pid, Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
        } catch (IOException | RuntimeException gone) {
            // the process exited between the listing and the read
            return null;
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    private static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
