package kaohe.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** One fault injected into the running system, one at a time. */
record Fault(String target, Kind kind) {

    enum Kind {
        /** {@code kill -9}; the supervisor restarts it. */
        KILL,
        /** Held (not restarted) and killed, released after 60 s. */
        HELD_DOWN,
        /** Held and killed while a multi-MB upload is in flight, released after 10 s. */
        KILLED_MID_UPLOAD
    }

    /** Services in the order they are killed; a second instance ({@code <name>-2}) right after the first. */
    private static final List<String> SERVICES = List.of("indicator", "ledger", "evidence", "scoring", "identity");
    private static final List<String> ENGINES = List.of("postgres", "kafka", "s3proxy");

    String what() {
        return switch (kind) {
            case KILL -> "kill-9:" + target;
            case HELD_DOWN -> "held-down-60s:" + target;
            case KILLED_MID_UPLOAD -> "killed-mid-upload:" + target;
        };
    }

    /**
     * The faults of a run: {@code --short} kills indicator once; the full run kills every recorded process (each
     * service instance, the gateway, PostgreSQL, Kafka, s3proxy), then holds Kafka down and stops the object
     * store mid-upload.
     */
    static List<Fault> plan(boolean shortRun, Predicate<String> recorded) {
        if (shortRun) {
            return List.of(new Fault("indicator", Kind.KILL));
        }
        List<Fault> faults = new ArrayList<>();
        for (String service : SERVICES) {
            for (String name : List.of(service, service + "-2")) {
                if (recorded.test(name)) {
                    faults.add(new Fault(name, Kind.KILL));
                }
            }
        }
        for (String name : concat(List.of("gateway"), ENGINES)) {
            if (recorded.test(name)) {
                faults.add(new Fault(name, Kind.KILL));
            }
        }
        faults.add(new Fault("kafka", Kind.HELD_DOWN));
        faults.add(new Fault("s3proxy", Kind.KILLED_MID_UPLOAD));
        return faults;
    }

    /**
     * Only the faults named in {@code names} (comma-separated, as {@link #what} says them: {@code kill-9:gateway},
     * {@code held-down-60s:kafka} …), in the plan's order; an unknown name is refused.
     */
    static List<Fault> only(List<Fault> plan, String names) {
        List<String> wanted = List.of(names.split(","));
        var unknown = wanted.stream().filter(name -> plan.stream().noneMatch(f -> f.what().equals(name))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no such fault in this run: " + unknown + "; there are "
                    + plan.stream().map(Fault::what).toList());
        }
        return plan.stream().filter(fault -> wanted.contains(fault.what())).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
