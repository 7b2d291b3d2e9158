package kaohe.bench.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Injects one fault and waits for its recovery: from the kill (for a held process: from its release) until the
 * process is healthy again and the gateway serves its contexts. The supervisor does the restarting.
 */
final class FaultInjector {

    /**
     * How a fault went: recovery in seconds (NaN if not back while watched) and what was noticed on the way;
     * {@code acceptable} when back within {@link #BACK_WITHIN} and nothing went wrong.
     */
    record Recovery(double seconds, boolean acceptable, List<String> notes) {

        boolean back() {
            return !Double.isNaN(seconds);
        }
    }

    /** What a process must be back within. */
    /**
     * How soon a killed process must serve again: 60 s, or KAOHE_CHAOS_BACK_WITHIN seconds (./kaohe test allows a
     * loaded CI machine more: there the run proves that nothing is lost, the full run times recovery).
     */
    static final Duration BACK_WITHIN = Duration.ofSeconds(Long.parseLong(
            System.getenv().getOrDefault("KAOHE_CHAOS_BACK_WITHIN", "60")));
    /** How long a slower recovery is still watched, so its time is known and the checks still run. */
    private static final Duration WATCHED_FOR = Duration.ofSeconds(240);
    private static final Duration HELD_KAFKA = Duration.ofSeconds(60);
    private static final Duration HELD_S3 = Duration.ofSeconds(10);
    /** Long enough for a multi-MB upload to be streaming through the gateway and the service to the store. */
    private static final Duration UPLOAD_UNDER_WAY = Duration.ofMillis(400);

    private final Processes processes;
    private final Probes probes;
    private final EvidenceUploader uploader;

    FaultInjector(Processes processes, Probes probes, EvidenceUploader uploader) {
        this.processes = processes;
        this.probes = probes;
        this.uploader = uploader;
    }

    Recovery inject(Fault fault) throws Exception {
        return switch (fault.kind()) {
            case KILL -> {
                long killedAt = System.nanoTime();
                long pid = processes.kill(fault.target());
                yield awaitRecovery(fault.target(), pid, killedAt, new ArrayList<>());
            }
            case HELD_DOWN -> heldDown(fault.target(), HELD_KAFKA, null);
            case KILLED_MID_UPLOAD -> midUpload(fault.target());
        };
    }

    private Recovery midUpload(String target) throws Exception {
        var upload = CompletableFuture.supplyAsync(() -> {
            try {
                return uploader.uploadLarge();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(UPLOAD_UNDER_WAY.toMillis());
        List<String> notes = new ArrayList<>();
        if (upload.isDone()) {
            notes.add("the large upload was answered before the kill; the store was stopped between uploads");
        }
        Recovery recovery = heldDown(target, HELD_S3, notes);
        try {
            var outcome = upload.get(BACK_WITHIN.toSeconds() * 2, TimeUnit.SECONDS);
            notes.add(outcome.acknowledged() ? "the large upload was acknowledged after " + outcome.attempts()
                    + " attempt(s)" : "the large upload ended " + outcome.verdict() + " (not acknowledged)");
            if (!outcome.acknowledged()) {
                return new Recovery(recovery.seconds(), false, notes);
            }
        } catch (java.util.concurrent.TimeoutException stillRetrying) {
            notes.add("the large upload was not answered within " + BACK_WITHIN.toSeconds() * 2 + " s of release");
            return new Recovery(recovery.seconds(), false, notes);
        }
        return recovery;
    }

    /** Holds {@code target}, kills it, keeps it down for {@code held}, releases it; recovery counted from release. */
    private Recovery heldDown(String target, Duration held, List<String> notes) throws Exception {
        List<String> said = notes == null ? new ArrayList<>() : notes;
        processes.hold(target);
        long pid;
        try {
            pid = processes.kill(target);
            long releaseAt = System.nanoTime() + held.toNanos();
            boolean restartedWhileHeld = false;
            while (System.nanoTime() < releaseAt) {
                restartedWhileHeld |= probes.healthy(target);
                Thread.sleep(500);
            }
            if (restartedWhileHeld) {
                said.add(target + " was up again while held (the supervisor ignored " + target + ".hold)");
            }
        } finally {
            processes.release(target);
        }
        return awaitRecovery(target, pid, System.nanoTime(), said);
    }

    private Recovery awaitRecovery(String target, long killed, long from, List<String> notes)
            throws InterruptedException {
        long deadline = from + WATCHED_FOR.toNanos();
        awaitDown(target);
        while (System.nanoTime() < deadline) {
            if (probes.healthy(target) && probes.served(target)) {
                double seconds = (System.nanoTime() - from) / 1e9;
                if (!processes.restarted(target, killed)) {
                    notes.add(target + ".pid does not name a new live process");
                }
                boolean inTime = seconds <= BACK_WITHIN.toSeconds();
                if (!inTime) {
                    notes.add(target + " back only after " + Math.round(seconds) + " s (limit "
                            + BACK_WITHIN.toSeconds() + " s)");
                }
                return new Recovery(seconds, inTime, notes);
            }
            Thread.sleep(200);
        }
        notes.add(target + " not healthy and served within " + WATCHED_FOR.toSeconds() + " s");
        return new Recovery(Double.NaN, false, notes);
    }

    /** A SIGKILL lands within milliseconds, but not before the next line runs: a probe must not see the dead one. */
    private void awaitDown(String target) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until && probes.healthy(target)) {
            Thread.sleep(20);
        }
    }
}
