package kaohe.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CPU per root from a /proc-like directory, and from this test JVM's own /proc entry. */
class ProcessCpuTest {

    @TempDir
    Path dir;

    @Test
    void eachRootCountsItselfItsReapedChildrenAndItsLiveDescendantsThatAreNoRootsOfTheirOwn() throws IOException {
        Path proc = dir.resolve("proc");
        Path pids = dir.resolve("pids");
        Files.createDirectories(pids);
        Files.writeString(pids.resolve("engines.pid"), "100\n");
        // PostgreSQL's own pid file: the postmaster's pid, then its data directory and more
        Files.writeString(pids.resolve("postgres.pid"), "200\n/data/postgres\n1765000000\n");
        stat(proc, 100, "java", 1, 50, 10, 0, 0);
        stat(proc, 200, "postgres", 100, 20, 0, 30, 0);
        stat(proc, 201, "postgres: postgres indicator 127.0.0.1(5432) idle", 200, 5, 5, 0, 0);
        stat(proc, 300, "odd ) name", 100, 4, 3, 0, 0);
        stat(proc, 400, "bash", 1, 1000, 1000, 0, 0);
        var cpu = new ProcessCpu(proc, pids, 100);

        var before = cpu.sample();
        assertThat(before).containsEntry("engines", 67L).containsEntry("postgres", 60L).hasSize(2);

        // the backend did 4 ticks more and exited; the postmaster reaped it into its cutime
        Files.delete(proc.resolve("201/stat"));
        stat(proc, 200, "postgres", 100, 20, 0, 44, 0);
        stat(proc, 100, "java", 1, 52, 11, 0, 0);
        var millis = cpu.millisBetween(before, cpu.sample());
        assertThat(millis.get("postgres")).isCloseTo(40.0, within(1e-9));
        assertThat(millis.get("engines")).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void aProcessTheBenchStartedIsCountedUnderItsName() throws Exception {
        Path pids = Files.createDirectories(dir.resolve("pids"));
        var cpu = ProcessCpu.of(pids);
        cpu.add("self", ProcessHandle.current().pid());
        assertThat(cpu.available()).isTrue();
        var before = cpu.sample();
        long spin = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }
        var millis = cpu.millisBetween(before, cpu.sample());
        assertThat(sink).isPositive();
        // 300 ms of spinning on one thread: at least a third of it shows, whatever else the machine runs
        assertThat(millis.get("self")).isGreaterThan(100.0);
    }

    private static void stat(Path proc, long pid, String command, long parent, long utime, long stime, long cutime,
                             long cstime) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(dir.resolve("stat"), pid + " (" + command + ") S " + parent + " " + pid + " " + pid
                + " 0 -1 4194304 100 0 0 0 " + utime + " " + stime + " " + cutime + " " + cstime
                + " 20 0 1 0 12345 1000000 100 18446744073709551615\n");
    }
}
