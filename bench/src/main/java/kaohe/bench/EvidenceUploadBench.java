package kaohe.bench;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evidence uploads through the gateway beside their ceiling, PUTs of the same files straight to the object store
 * (s3proxy) with the MinIO SDK as evidence-service sends them: 100 KB and 5 MB files, 1 and 4 closed-loop
 * clients, each the liaison of 办公室 uploading to one plan per run (defined first, and awaited until the evidence
 * service has consumed it). Every file is a real small JPEG (written by ImageIO) followed by seeded random bytes to
 * the size, and every upload differs (a fresh nonce after the JPEG from a seed of its own), so the service's
 * duplicate check is not the common case. During the 5 MB run
 * from 4 clients the evidence service's heap is sampled to estimate what one upload in flight holds.
 */
public final class EvidenceUploadBench {

    private static final int SMALL = 100 * 1024;
    private static final int LARGE = 5 * 1024 * 1024;
    /** evidence-service's {@code kaohe.s3.part-size}: a 5 MB file is one PUT there, and so here. */
    private static final long PART_SIZE = 5L * 1024 * 1024;
    private static final double MB = 1024 * 1024;
    private static final String BUCKET = "kaohe-evidence";
    private static final String DEPARTMENT = "办公室";
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration IDLE = Duration.ofSeconds(3);
    private static final long SAMPLE_EVERY_MS = 50;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");   // ImageIO writes the JPEG; no display needed
        }
    }

    private final BenchHttp http;
    private final MinioClient s3;
    private final String metricsUrl;
    private final BenchHttp.Identity liaison = BenchHttp.Identity.liaison(DEPARTMENT);
    private final AtomicLong uploads = new AtomicLong();
    private String planId;
    private long runSeed;

    /**
     * @param s3Endpoint the object store evidence-service writes to ({@code http://127.0.0.1:19000})
     * @param metricsUrl evidence-service's own {@code /actuator/prometheus}, not through the gateway
     */
    EvidenceUploadBench(BenchHttp http, String s3Endpoint, String accessKey, String secretKey, String metricsUrl) {
        this.http = http;
        this.s3 = MinioClient.builder().endpoint(s3Endpoint).credentials(accessKey, secretKey).build();
        this.metricsUrl = metricsUrl;
    }

    /** Sends one file; false (with the failure recorded) if it was not stored. */
    private interface Sender {
        boolean send(byte[] file, long seed, Failures failures) throws Exception;
    }

    /** Completed sends inside the measured window. */
    private record Run(long completed, long bytes, double seconds, Failures failures) {

        double perSecond() {
            return completed / seconds;
        }

        double mbPerSecond() {
            return bytes / MB / seconds;
        }
    }

    void run(Duration warmUp, Duration measured) throws Exception {
        String hex = UUID.randomUUID().toString().substring(0, 8);
        planId = "bench-ev-" + hex;
        runSeed = Long.parseLong(hex, 16) << 24;
        byte[] jpeg = smallJpeg();
        http.send("POST", "/api/indicator/plans", null, Map.of("planId", planId, "year", 2020,
                "title", "佐证材料基准测试计划", "departments", List.of(DEPARTMENT), "leaders", List.of("段重利")));
        awaitPlan(jpeg);
        List<TestFile> small = new ArrayList<>();
        List<TestFile> large = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            small.add(new TestFile(jpeg, SMALL, runSeed - 1 - c));
            large.add(new TestFile(jpeg, LARGE, runSeed - 101 - c));
        }
        Queue<String> keys = new ConcurrentLinkedQueue<>();
        Sender direct = (file, seed, failures) -> put(file, keys, failures);
        Sender gateway = this::upload;

        // Both the store and the services are JVMs: warm every path up before anything is counted.
        Duration quarter = warmUp.dividedBy(4);
        try {
            load(small, direct, Duration.ZERO, quarter).failures().print("puts", "s3.put warm-up");
            load(large, direct, Duration.ZERO, quarter).failures().print("puts", "s3.put warm-up");
        } finally {
            remove(keys);
        }
        load(small, gateway, Duration.ZERO, quarter).failures().print("uploads", "evidence.upload warm-up");
        load(large, gateway, Duration.ZERO, quarter).failures().print("uploads", "evidence.upload warm-up");

        for (var size : List.of(Map.entry("100kb", small), Map.entry("5mb", large))) {
            for (int clients : new int[] {1, 4}) {
                String s3Name = "s3.put." + size.getKey() + ".c" + clients;
                String evidenceName = "evidence.upload." + size.getKey() + ".c" + clients;
                List<TestFile> files = size.getValue().subList(0, clients);
                Run ceiling;
                try {
                    ceiling = load(files, direct, SETTLE, measured);
                } finally {
                    remove(keys);
                }
                print(s3Name, ceiling, "puts/s");
                ceiling.failures().print("puts", s3Name);

                boolean sampled = size.getValue() == large && clients == 4;
                HeapSampler idle = sampled ? HeapSampler.during(metricsUrl, () -> Thread.sleep(IDLE.toMillis()))
                        : null;
                HeapSampler[] busy = new HeapSampler[1];
                Run uploaded = sampled
                        ? HeapSampler.measure(metricsUrl, busy, () -> load(files, gateway, SETTLE, measured))
                        : load(files, gateway, SETTLE, measured);
                print(evidenceName, uploaded, "uploads/s");
                uploaded.failures().print("uploads", evidenceName);
                if (sampled) {
                    printHeap(idle, busy[0], clients);
                }
            }
        }
    }

    private static void print(String name, Run run, String countUnit) {
        if (name.contains(".100kb.")) {
            Figures.print(name + ".per_s", run.perSecond(), countUnit);
        } else {
            Figures.print(name + ".mb_s", run.mbPerSecond(), "MB/s");
        }
    }

    /**
     * Heap growth per concurrent upload: (peak during the run − median while idle) / clients. The service runs
     * with -Xmx512m and SerialGC (./kaohe, unless KAOHE_JAVA_OPTS says otherwise), so the peak includes garbage
     * not yet collected (young generation filling up between collections): the figure is an upper bound on what
     * one upload in flight holds, not its live set.
     */
    private static void printHeap(HeapSampler idle, HeapSampler busy, int clients) {
        if (idle.samples().isEmpty() || busy.samples().isEmpty()) {
            System.out.println("# evidence.heap_per_upload: no heap samples from the evidence service ("
                    + idle.errors() + " idle and " + busy.errors() + " busy scrapes failed"
                    + (busy.lastError() == null ? "" : ", last: " + busy.lastError()) + ")");
            System.out.flush();
            return;
        }
        double idleHeap = median(idle.samples().stream().map(HeapSample::heap).toList());
        double peakHeap = busy.samples().stream().mapToDouble(HeapSample::heap).max().orElseThrow();
        double idleOld = median(idle.samples().stream().map(HeapSample::old).toList());
        double peakOld = busy.samples().stream().mapToDouble(HeapSample::old).max().orElseThrow();
        System.out.printf("# heap idle %.1f MB, peak %.1f MB%n", idleHeap / MB, peakHeap / MB);
        System.out.printf("#   (old generation idle %.1f MB, peak %.1f MB; %d idle and %d busy samples; "
                        + "SerialGC: the peak includes uncollected garbage, so the figure is an upper bound)%n",
                idleOld / MB, peakOld / MB, idle.samples().size(), busy.samples().size());
        System.out.flush();
        Figures.print("evidence.heap_per_upload.mb", Math.max(0, peakHeap - idleHeap) / MB / clients, "MB");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    // ------------------------------------------------------------------------------------------------ sending

    /** Straight to the store, as evidence-service's ObjectStore puts (same part size, a key of our own). */
    private boolean put(byte[] file, Queue<String> keys, Failures failures) {
        String key = "bench/" + UUID.randomUUID();
        keys.add(key);
        try {
            s3.putObject(PutObjectArgs.builder().bucket(BUCKET).object(key).contentType("image/jpeg")
                    .stream(new ByteArrayInputStream(file), file.length, PART_SIZE).build());
            return true;
        } catch (Exception e) {
            failures.record("PUT " + BUCKET + "/" + key, e);
            return false;
        }
    }

    /** Uploads {@code jpeg} until the evidence service has consumed the plan (until then: 422 plan-not-found). */
    private void awaitPlan(byte[] jpeg) throws Exception {
        String path = "/api/evidence/uploads?planId=" + planId;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (HttpResponse<String> response = http.postBytes(liaison, path, Map.of(), jpeg);
             response.statusCode() != 201; response = http.postBytes(liaison, path, Map.of(), jpeg)) {
            if (!response.body().contains("plan-not-found") || System.nanoTime() > deadline) {
                throw new IllegalStateException("plan " + planId + " not usable for uploads: "
                        + response.statusCode() + " " + response.body());
            }
            Thread.sleep(100);
        }
    }

    /** Through the gateway as the office's liaison; anything but 201 is a failure. */
    private boolean upload(byte[] file, long seed, Failures failures) throws Exception {
        String path = "/api/evidence/uploads?planId=" + planId;
        String name = URLEncoder.encode("基准照片-" + Long.toHexString(seed) + ".jpg", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.postBytes(liaison, path, Map.of("X-File-Name", name), file);
        if (response.statusCode() != 201) {
            failures.record("POST", path, response);
            return false;
        }
        return true;
    }

    /** The bench's objects removed again, four at a time; what cannot be removed is said. */
    private void remove(Queue<String> keys) throws InterruptedException {
        List<String> all = new ArrayList<>();
        for (String key = keys.poll(); key != null; key = keys.poll()) {
            all.add(key);
        }
        if (all.isEmpty()) {
            return;
        }
        var failed = new Failures(3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (String key : all) {
                pool.execute(() -> {
                    try {
                        s3.removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(key).build());
                    } catch (Exception e) {
                        failed.record("DELETE " + BUCKET + "/" + key, e);
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
        }
        failed.print("removals of bench objects", "clean-up of " + BUCKET + "/bench/");
    }

    /**
     * One closed-loop client per file for {@code settle} + {@code measured}; sends completed (successfully) inside
     * the measured window count, whenever they were sent, so long uploads straddling its start are not lost.
     */
    private Run load(List<TestFile> files, Sender sender, Duration settle, Duration measured)
            throws InterruptedException {
        long start = System.nanoTime() + settle.toNanos();
        long end = start + measured.toNanos();
        var failures = new Failures(5);
        var completed = new AtomicLong();
        var bytes = new AtomicLong();
        var done = new CountDownLatch(files.size());
        for (int c = 0; c < files.size(); c++) {
            TestFile file = files.get(c);
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long seed = runSeed + uploads.getAndIncrement();
                        byte[] body = file.next(seed);
                        boolean stored;
                        try {
                            stored = sender.send(body, seed, failures);
                        } catch (Exception e) {
                            failures.record("send", e);
                            Thread.sleep(100);
                            continue;
                        }
                        long received = System.nanoTime();
                        if (stored && received >= start && received <= end) {
                            completed.incrementAndGet();
                            bytes.addAndGet(body.length);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "bench-evidence-" + c).start();
        }
        done.await();
        return new Run(completed.get(), bytes.get(), measured.toNanos() / 1e9, failures);
    }

    // ------------------------------------------------------------------------------------------------ files

    /** An 8×8 JPEG as ImageIO writes it: FF D8 FF E0 and a JFIF APP0 segment, then a real image. */
    public static byte[] smallJpeg() throws IOException {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        var random = new Random(8);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpg", out)) {
            throw new IllegalStateException("no JPEG writer in this JDK");
        }
        byte[] jpeg = out.toByteArray();
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8 || (jpeg[2] & 0xFF) != 0xFF
                || (jpeg[3] & 0xFF) != 0xE0 || !new String(jpeg, 6, 4, StandardCharsets.US_ASCII).equals("JFIF")) {
            throw new IllegalStateException("ImageIO wrote a JPEG without a JFIF APP0 header");
        }
        if (TestFile.foreignMarker(jpeg)) {
            throw new IllegalStateException("the generated JPEG carries a marker the evidence service refuses");
        }
        return jpeg;
    }

    /**
     * One client's file: the JPEG, then random bytes from {@code seed} up to the size. Each {@link #next} writes a
     * nonce from a seed of its own right after the JPEG, so no two uploads are the same bytes. The first 8 KB (what
     * evidence-service sniffs) never hold a marker of another type: a draw that makes one is drawn again.
     */
    public static final class TestFile {

        /** What ContentSniffer looks at. */
        static final int SNIFFED = 8192;
        private static final int NONCE = 32;
        private static final byte[][] MARKUP = ascii("<html", "<script", "<svg", "<?php", "<!doctype", "<iframe",
                "<body", "<object", "<embed");
        private static final byte[][] EXACT = {{'P', 'K', 3, 4}, "%PDF-".getBytes(StandardCharsets.US_ASCII)};

        private final byte[] bytes;
        private final int nonceAt;

        public TestFile(byte[] jpeg, int size, long seed) {
            if (size < jpeg.length + NONCE) {
                throw new IllegalArgumentException("a file of " + size + " bytes cannot hold the JPEG and a nonce");
            }
            bytes = new byte[size];
            System.arraycopy(jpeg, 0, bytes, 0, jpeg.length);
            nonceAt = jpeg.length;
            var random = new Random(seed);
            byte[] rest = new byte[size - jpeg.length];
            random.nextBytes(rest);
            System.arraycopy(rest, 0, bytes, jpeg.length, rest.length);
            byte[] head = new byte[Math.min(size, SNIFFED) - jpeg.length];
            while (foreignMarker(bytes)) {
                random.nextBytes(head);
                System.arraycopy(head, 0, bytes, jpeg.length, head.length);
            }
        }

        /** The file with the nonce of {@code seed} (or of the next seeds, if one made a marker); reused in place. */
        public byte[] next(long seed) {
            byte[] nonce = new byte[NONCE];
            var random = new Random(seed);
            do {
                random.nextBytes(nonce);
                System.arraycopy(nonce, 0, bytes, nonceAt, NONCE);
            } while (foreignMarker(bytes));
            return bytes;
        }

        /** Whether the first 8 KB hold markup (ASCII case-insensitive), a ZIP local header or a PDF header. */
        static boolean foreignMarker(byte[] file) {
            int end = Math.min(file.length, SNIFFED);
            for (int i = 0; i < end; i++) {
                for (byte[] marker : MARKUP) {
                    if (matches(file, i, end, marker, true)) {
                        return true;
                    }
                }
                for (byte[] marker : EXACT) {
                    if (matches(file, i, end, marker, false)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean matches(byte[] file, int at, int end, byte[] marker, boolean ignoreCase) {
            if (at + marker.length > end) {
                return false;
            }
            for (int j = 0; j < marker.length; j++) {
                byte b = file[at + j];
                if (ignoreCase && b >= 'A' && b <= 'Z') {
                    b = (byte) (b + ('a' - 'A'));
                }
                if (b != marker[j]) {
                    return false;
                }
            }
            return true;
        }

        private static byte[][] ascii(String... markers) {
            byte[][] bytes = new byte[markers.length][];
            for (int i = 0; i < markers.length; i++) {
                bytes[i] = markers[i].getBytes(StandardCharsets.US_ASCII);
            }
            return bytes;
        }
    }

    // ------------------------------------------------------------------------------------------------ heap

    /** One scrape: heap used summed over its pools, and the old generation's share, in bytes. */
    record HeapSample(double heap, double old) {
    }

    /**
     * Scrapes {@code jvm_memory_used_bytes{area="heap"}} every 50 ms on a thread of its own while something runs.
     * Each scrape allocates a little in the service too; that is part of both the idle and the busy samples.
     */
    static final class HeapSampler {

        private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();

        private final String url;
        private final List<HeapSample> samples = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong errors = new AtomicLong();
        private volatile String lastError;
        private volatile boolean running = true;

        private HeapSampler(String url) {
            this.url = url;
        }

        interface Action<T> {
            T run() throws Exception;
        }

        interface Pause {
            void run() throws Exception;
        }

        static HeapSampler during(String url, Pause pause) throws Exception {
            var sampler = new HeapSampler[1];
            measure(url, sampler, () -> {
                pause.run();
                return null;
            });
            return sampler[0];
        }

        /** Runs {@code action} while sampling; the sampler is left in {@code sampler[0]}. */
        static <T> T measure(String url, HeapSampler[] sampler, Action<T> action) throws Exception {
            var heap = new HeapSampler(url);
            sampler[0] = heap;
            Thread thread = new Thread(heap::sample, "bench-evidence-heap");
            thread.setDaemon(true);
            thread.start();
            try {
                return action.run();
            } finally {
                heap.running = false;
                thread.join(5_000);
            }
        }

        List<HeapSample> samples() {
            synchronized (samples) {
                return List.copyOf(samples);
            }
        }

        long errors() {
            return errors.get();
        }

        String lastError() {
            return lastError;
        }

        private void sample() {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            long next = System.nanoTime();
            while (running) {
                try {
                    var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        HeapSample sample = parse(response.body());
                        if (sample != null) {
                            samples.add(sample);
                        } else {
                            errors.incrementAndGet();
                            lastError = "no jvm_memory_used_bytes{area=\"heap\"} in the answer";
                        }
                    } else {
                        errors.incrementAndGet();
                        lastError = "GET " + url + " -> " + response.statusCode();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                    lastError = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                next += TimeUnit.MILLISECONDS.toNanos(SAMPLE_EVERY_MS);
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                } else {
                    next = System.nanoTime();
                }
            }
        }

        /**
         * {@code jvm_memory_used_bytes{area="heap",id="Tenured Gen",…} 5.1E7} lines summed (labels in any order);
         * null if there are none.
         */
        static HeapSample parse(String exposition) {
            double heap = 0;
            double old = 0;
            boolean found = false;
            for (String line : exposition.split("\n")) {
                if (!line.startsWith("jvm_memory_used_bytes{")) {
                    continue;
                }
                int close = line.lastIndexOf('}');
                String labels = line.substring("jvm_memory_used_bytes{".length(), Math.max(close, 0));
                if (close < 0 || !labels.contains("area=\"heap\"")) {
                    continue;
                }
                String[] value = line.substring(close + 1).trim().split("\\s+");
                double bytes;
                try {
                    bytes = Double.parseDouble(value[0]);
                } catch (NumberFormatException e) {
                    continue;
                }
                heap += bytes;
                if (labels.contains("Tenured") || labels.contains("Old Gen")) {
                    old += bytes;
                }
                found = true;
            }
            return found ? new HeapSample(heap, old) : null;
        }
    }
}
