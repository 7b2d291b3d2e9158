package kaohe.bench.chaos;

import kaohe.bench.BenchHttp;
import kaohe.bench.BenchTokens;
import kaohe.bench.Failures;
import kaohe.bench.Figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./kaohe chaos [--short]}: faults injected into the running system on this machine's loopback, one at a
 * time under steady load through the gateway, each followed by the checks of {@link Checks}; figures at the end
 * ({@code figure chaos.* …}) and a line per fault. Exits 1 on any loss, duplicate, rebuild difference, chain
 * break, a process not back within 60 s or projections not caught up; 2 if the run stopped on an error (no
 * system to run against, a plan that could not be defined …).
 * {@code --short}: one {@code kill -9} of indicator-service under load, then the same checks. {@code --only
 * kill-9:gateway,held-down-60s:kafka}: those faults of the full run only.
 */
public final class ChaosMain {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** Load between a fault's checks and the next fault: the system is busy again when it is hit. */
    private static final Duration BETWEEN = Duration.ofSeconds(5);

    private ChaosMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean shortRun = options.contains("--short");
        var env = ChaosEnv.fromEnvironment();
        var processes = new Processes(env.data());
        var faults = Fault.plan(shortRun, processes::recorded);
        int only = options.indexOf("--only");
        if (only >= 0) {
            faults = Fault.only(faults, only + 1 < options.size() ? options.get(only + 1) : "");
        }
        var missing = faults.stream().map(Fault::target).filter(name -> !processes.recorded(name)).toList();
        if (!missing.isEmpty()) {
            System.err.println("chaos: no pid recorded for " + missing + " under " + env.data()
                    + "/pids: is Kaohe running (./kaohe start)?");
            System.exit(2);
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.println("# chaos run " + run + ": " + faults.size() + " fault(s) against " + env.gateway());
        try {
            System.exit(new ChaosMain.Run(env, processes, run).execute(faults) ? 0 : 1);
        } catch (Exception stopped) {
            System.out.println("# chaos run " + run + " stopped: " + stopped);
            stopped.printStackTrace();
            System.exit(2);
        }
    }

    /** One run: its plan, its clients and its checks. */
    private static final class Run {

        private final ChaosEnv env;
        private final Processes processes;
        private final Markers markers;
        private final BenchHttp http;
        private final Acknowledgements acks = new Acknowledgements();
        private final Failures failures = new Failures(8);
        private final List<Long> recoveries = new ArrayList<>();
        private final List<Long> catchUps = new ArrayList<>();
        private long differences;
        private boolean held = true;

        Run(ChaosEnv env, Processes processes, String run) {
            this.env = env;
            this.processes = processes;
            this.markers = new Markers(run);
            this.http = new BenchHttp(env.gateway(), new BenchTokens(env.identity()));
        }

        boolean execute(List<Fault> faults) throws Exception {
            long began = System.nanoTime();
            var plan = ChaosPlan.define(http, markers.run());
            var stores = new EventStoreAudit(env, markers);
            stores.begin();
            var load = new SteadyLoad();
            var careful = new Careful(load::running, failures);
            var uploader = new EvidenceUploader(http, careful, markers, acks, plan.planId, plan.uploadingDepartment());
            String evidenceId = uploader.awaitPlan(Duration.ofSeconds(60));
            plan.revisedIndicators().forEach(id -> load.add(new TargetReviser(http, careful, markers, acks, id)));
            plan.checks.forEach(check -> load.add(new ProgressRecorder(http, careful, markers, acks, check)));
            load.add(uploader);

            var probes = new Probes(env, http, Map.of(
                    "indicator", new Probes.Read(BenchHttp.Identity.OFFICE,
                            "/api/indicator/indicators/" + plan.indicators.get(0)),
                    "ledger", new Probes.Read(plan.checks.get(0).liaison, plan.checks.get(0).checkPath()),
                    "evidence", new Probes.Read(uploader.liaison(), "/api/evidence/" + evidenceId),
                    "evidence-content", new Probes.Read(uploader.liaison(), "/api/evidence/" + evidenceId + "/content"),
                    "scoring", new Probes.Read(BenchHttp.Identity.OFFICE, "/api/scoring/plans")));
            var injector = new FaultInjector(processes, probes, uploader);
            try (var kafka = new KafkaCatchUp(env.kafka(), markers)) {
                kafka.start();
                var checks = new Checks(acks, load, kafka, stores, new UploadAudit(http, uploader.liaison()),
                        new ScoringRebuild(http), new ChainVerification(http));
                load.start();
                Thread.sleep(WARM_UP.toMillis());
                for (Fault fault : faults) {
                    inject(fault, injector, checks);
                    Thread.sleep(BETWEEN.toMillis());
                }
                load.stop();
                long checking = System.nanoTime();
                var end = checks.after(System.nanoTime(), true);
                System.out.printf("# end: checked in %.0f s (%s), rebuild %s%n",
                        (System.nanoTime() - checking) / 1e9, end.took(), end.rebuild().state());
                report("end", end);
                print(faults.size(), end, began);
            }
            return held;
        }

        private void inject(Fault fault, FaultInjector injector, Checks checks) throws Exception {
            System.out.println("# " + fault.what() + " …");
            System.out.flush();
            var recovery = injector.inject(fault);
            recovery.notes().forEach(note -> System.out.println("#   " + note));
            held &= recovery.acceptable();
            if (!recovery.back()) {
                System.out.println("fault " + fault.what() + " recovery_s none catchup_s none");
                System.out.flush();
                return;
            }
            long recoveredAt = System.nanoTime();
            recoveries.add(Math.round(recovery.seconds() * 1e9));
            long checking = System.nanoTime();
            var round = checks.after(recoveredAt, false);
            System.out.printf("#   checked in %.0f s (%s): %d acknowledged so far, rebuild %s%n",
                    (System.nanoTime() - checking) / 1e9, round.took(), round.tally().acked(),
                    round.rebuild().state());
            if (round.catchUp() != null) {
                catchUps.add(round.catchUp().toNanos());
            }
            System.out.printf("fault %s recovery_s %.1f catchup_s %s%n", fault.what(), recovery.seconds(),
                    round.catchUp() == null ? "none" : String.format("%.1f", round.catchUp().toNanos() / 1e9));
            report(fault.what(), round);
        }

        private void report(String after, Checks.Round round) {
            differences += round.rebuild().differences();
            if (!round.problems().isEmpty()) {
                held = false;
                round.problems().forEach(problem -> System.out.println("#   after " + after + ": " + problem));
            }
            System.out.flush();
        }

        private void print(int faults, Checks.Round end, long began) {
            long lost = end.tally().lost().size() + end.uploadsMissing().size();
            Figures.print("chaos.faults", faults, "faults");
            Figures.print("chaos.acked", end.tally().acked(), "commands");
            Figures.print("chaos.acked_lost", lost, "commands");
            Figures.print("chaos.duplicates", end.tally().duplicates(), "events");
            Figures.print("chaos.recovery.p50_s", Figures.percentileMs(recoveries, 50) / 1000, "s");
            Figures.print("chaos.recovery.p99_s", Figures.percentileMs(recoveries, 99) / 1000, "s");
            Figures.print("chaos.catchup.p99_s", Figures.percentileMs(catchUps, 99) / 1000, "s");
            Figures.print("chaos.rebuild.differences", differences, "differences");
            failures.print("requests", "the chaos run (retried with the same key until answered)");
            System.out.printf("# run took %.0f s%n", (System.nanoTime() - began) / 1e9);
        }
    }
}
