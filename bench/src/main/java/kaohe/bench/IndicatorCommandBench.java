package kaohe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Indicator commands through the gateway: each client revises the target of its own indicator in a closed loop
 * (PUT with If-Match), so every request is a real, accepted command with an event; client i as office staff member
 * i+1, a user of its own, so no client meets the gateway's per-user rate limit. During the 1-client run a
 * consumer on the topic times each event from the command's 2xx to its arrival on Kafka. During the 8-client run
 * the CPU of every Kaohe process ({@link ProcessCpu}) is taken, divided by the commands accepted: {@code cmd.cpu_ms}
 * and one figure per process.
 */
final class IndicatorCommandBench {

    private final BenchHttp http;
    private final String kafkaBootstrap;
    private final ObjectMapper json = new ObjectMapper();
    private final ProcessCpu cpu;

    /** {@code cpu} null: no CPU figures (no pid files to read). */
    IndicatorCommandBench(BenchHttp http, String kafkaBootstrap, ProcessCpu cpu) {
        this.http = http;
        this.kafkaBootstrap = kafkaBootstrap;
        this.cpu = cpu;
    }

    void run(Duration warmUp, Duration measured) throws Exception {
        String planId = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        http.send("POST", "/api/indicator/plans", null, Map.of("planId", planId, "year", 2020,
                "title", "基准测试计划", "departments", List.of("办公室"), "leaders", List.of("段重利")));
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var created = http.send("POST", "/api/indicator/indicators", null, Map.of("planId", planId,
                    "kind", "COMMON", "code", "bench-" + i, "text", "基准测试指标 " + i,
                    "targets", List.of(Map.of("key", "T1", "value", 1, "unit", "次")),
                    "leadDepartments", List.of("办公室"), "leaders", List.of("段重利")));
            indicators.add(http.json(created).get("indicatorId").asText());
        }

        var arrivals = new ConcurrentHashMap<String, Long>();
        var consumer = new Thread(() -> consume(arrivals), "bench-kafka");
        consumer.setDaemon(true);
        consumer.start();
        Thread.sleep(2000);

        // A freshly started JVM is still compiling: warm every path up before anything is counted.
        load(indicators, Duration.ZERO, warmUp, false, false);
        var settle = Duration.ofSeconds(2);
        var c1 = load(indicators.subList(0, 1), settle, measured, true, false);
        report("c1", c1, false);
        Thread.sleep(3000);
        List<Long> publishLatencies = new ArrayList<>();
        c1.acknowledged.forEach((correlationId, ackedAt) -> {
            Long arrivedAt = arrivals.get(correlationId);
            if (arrivedAt != null) {
                publishLatencies.add(Math.max(0, arrivedAt - ackedAt));
            }
        });
        var c8 = load(indicators, settle, measured, false, cpu != null);
        report("c8", c8, true);
        if (cpu != null) {
            ProcessCpu.report("cmd.cpu_ms", c8.cpuMillis(), c8.commands());
        }
        Figures.print("kafka.publish.p50_ms", Figures.percentileMs(publishLatencies, 50), "ms");
        Figures.print("kafka.publish.p99_ms", Figures.percentileMs(publishLatencies, 99), "ms");
        if (publishLatencies.size() < c1.acknowledged.size()) {
            System.out.println("# " + (c1.acknowledged.size() - publishLatencies.size())
                    + " events not seen on Kafka within 3 s of the run");
        }
    }

    private record Run(double perSecond, List<Long> latencies, Map<String, Long> acknowledged, long commands,
                       long failures, Map<String, Double> cpuMillis) {
    }

    private void report(String clients, Run run, boolean withLatency) {
        Figures.print("indicator.cmd." + clients + ".per_s", run.perSecond(), "cmd/s");
        if (withLatency) {
            Figures.print("indicator.cmd." + clients + ".p50_ms", Figures.percentileMs(run.latencies(), 50), "ms");
            Figures.print("indicator.cmd." + clients + ".p99_ms", Figures.percentileMs(run.latencies(), 99), "ms");
        }
        if (run.failures() > 0) {
            System.out.println("# " + run.failures() + " commands failed during indicator.cmd." + clients);
        }
    }

    private Run load(List<String> indicators, Duration warmUp, Duration measured, boolean trackAcks,
                     boolean withCpu) throws InterruptedException {
        long start = System.nanoTime() + warmUp.toNanos();
        long end = start + measured.toNanos();
        var window = withCpu ? cpu.over(start, end) : null;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        var failures = new java.util.concurrent.atomic.AtomicLong();
        var counted = new java.util.concurrent.atomic.AtomicLong();
        var done = new CountDownLatch(indicators.size());
        for (int client = 0; client < indicators.size(); client++) {
            String indicatorId = indicators.get(client);
            var staff = BenchHttp.Identity.officeStaff(client + 1);
            new Thread(() -> {
                try {
                    String etag = BenchHttp.etag(
                            http.send(staff, "GET", "/api/indicator/indicators/" + indicatorId, null, null));
                    long value = 2;
                    while (System.nanoTime() < end) {
                        String correlationId = UUID.randomUUID().toString();
                        long sent = System.nanoTime();
                        var response = http.sendRaw(staff, "PUT",
                                "/api/indicator/indicators/" + indicatorId + "/targets/T1",
                                Map.of("If-Match", etag, "X-Correlation-Id", correlationId),
                                Map.of("value", value++, "unit", "次", "reason", "基准测试"));
                        long received = System.nanoTime();
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            etag = BenchHttp.etag(http.send(staff, "GET", "/api/indicator/indicators/" + indicatorId,
                                    null, null));
                            continue;
                        }
                        etag = BenchHttp.etag(response);
                        if (sent >= start && received <= end) {
                            latencies.add(received - sent);
                            counted.incrementAndGet();
                            if (trackAcks) {
                                acknowledged.put(correlationId, received);
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.out.println("# client stopped: " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return new Run(counted.get() / (measured.toNanos() / 1e9), latencies, acknowledged, counted.get(),
                failures.get(), window == null ? Map.of() : window.join());
    }

    /** Reads the topic from its end and notes when each correlation id's event arrives. */
    private void consume(Map<String, Long> arrivals) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5"),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor("kaohe.indicator").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (true) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    JsonNode envelope = json.readTree(record.value());
                    JsonNode correlationId = envelope.path("metadata").path("correlationId");
                    if (!correlationId.isMissingNode()) {
                        arrivals.putIfAbsent(correlationId.asText(), now);
                    }
                }
            }
        } catch (Exception e) {
            System.out.println("# kafka consumer stopped: " + e);
        }
    }
}
