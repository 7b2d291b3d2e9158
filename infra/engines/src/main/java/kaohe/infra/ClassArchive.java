package kaohe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Class-data sharing for an engine's JVM (Kafka, s3proxy, the mail server), as {@code ./kaohe} does for the
 * services: {@code <data>/cds/<name>-<stamp>.jsa}, the stamp taken from the Java runtime and the class path's jars,
 * so another build or JDK records afresh. The first run records the classes it loaded as it stops
 * ({@code -XX:ArchiveClassesAtExit}, into a .tmp file); the file becomes the archive only when the JVM exited by
 * itself on TERM (a JVM killed while writing leaves a file that crashes the next start with SIGBUS); every later
 * run maps it instead of reading, parsing and verifying the classes again (measured on the broker alone: 3.4–3.7 s
 * of CPU to start, 2.1–2.2 s with its archive). {@code KAOHE_CDS=off} runs without.
 */
final class ClassArchive {

    private final String name;
    private final Path archive;
    private final Path recording;

    private ClassArchive(String name, Path archive) {
        this.name = name;
        this.archive = archive;
        this.recording = archive.resolveSibling(archive.getFileName() + ".tmp");
    }

    static ClassArchive of(EngineConfig config, String name, Path libDir) {
        String stamp = Integer.toHexString(stampOf(libDir).hashCode());
        return new ClassArchive(name, config.dataDir().resolve("cds").resolve(name + "-" + stamp + ".jsa"));
    }

    /** The JVM options: map the archive when there is one, else record it; none with KAOHE_CDS=off. */
    List<String> options() throws IOException {
        if ("off".equals(System.getenv("KAOHE_CDS"))) {
            return List.of();
        }
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        Files.createDirectories(archive.getParent());
        return List.of("-XX:ArchiveClassesAtExit=" + recording);
    }

    /**
     * After the JVM exited by itself on TERM: its recording becomes the archive; other stamps' files go. Never
     * throws: it runs while the engines stop, and a recording not kept only means recording again.
     */
    void keepRecording() {
        try {
            if (!Files.isRegularFile(recording) || Files.size(recording) == 0) {
                Files.deleteIfExists(recording);
                return;
            }
            Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), name + "-*.jsa*")) {
                for (Path other : files) {
                    if (!other.equals(archive)) {
                        Files.deleteIfExists(other);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("class archive " + archive + " not kept: " + e);
        }
    }

    /** The Java runtime and every jar of the class path with its size and modification time. */
    private static String stampOf(Path libDir) {
        List<String> parts = new ArrayList<>(List.of(System.getProperty("java.home"), System.getProperty("java.version")));
        try (Stream<Path> jars = Files.list(libDir)) {
            jars.sorted().forEach(jar -> {
                try {
                    parts.add(jar.getFileName() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + libDir, e);
        }
        return String.join("\n", parts);
    }
}
