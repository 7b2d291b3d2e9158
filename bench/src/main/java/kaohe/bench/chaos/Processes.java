package kaohe.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The local run's processes as {@code ./kaohe} records them ({@code $KAOHE_DATA/pids/<name>.pid}) and the
 * supervisor's hold files ({@code $KAOHE_DATA/supervisor/<name>.hold}: while one exists, {@code <name>} is not
 * restarted). This class only kills and holds; restarting is the supervisor's.
 */
final class Processes {

    private final Path pids;
    private final Path supervisor;

    Processes(Path data) {
        this.pids = data.resolve("pids");
        this.supervisor = data.resolve("supervisor");
    }

    boolean recorded(String name) {
        return Files.isReadable(pidFile(name));
    }

    /** The pid in {@code <name>.pid}; empty when there is no such file or it is being rewritten. */
    OptionalLong pid(String name) {
        try {
            String text = Files.readString(pidFile(name)).strip();
            return text.matches("[0-9]+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException absent) {
            return OptionalLong.empty();
        }
    }

    /** Whether {@code <name>.pid} names a live process other than {@code killed}: the supervisor started it again. */
    boolean restarted(String name, long killed) {
        var pid = pid(name);
        return pid.isPresent() && pid.getAsLong() != killed
                && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** {@code kill -9} of the process {@code <name>.pid} names; answers its pid. */
    long kill(String name) {
        long pid = pid(name).orElseThrow(() -> new IllegalStateException("no pid recorded for " + name + " in "
                + pidFile(name)));
        var process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " (pid " + pid
                + ") is not running"));
        process.destroyForcibly();   // SIGKILL on Linux
        return pid;
    }

    void hold(String name) throws IOException {
        Files.createDirectories(supervisor);
        Files.writeString(holdFile(name), "held by ./kaohe chaos\n");
    }

    void release(String name) throws IOException {
        Files.deleteIfExists(holdFile(name));
    }

    private Path pidFile(String name) {
        return pids.resolve(name + ".pid");
    }

    private Path holdFile(String name) {
        return supervisor.resolve(name + ".hold");
    }
}
