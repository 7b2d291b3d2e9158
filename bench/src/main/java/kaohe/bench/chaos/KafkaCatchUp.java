package kaohe.bench.chaos;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether Kafka and every projection caught up: a reader of the producing contexts' topics (from their ends when
 * the run began, no consumer group of its own) notes every marker published; then every consumer group must have
 * committed at least the topics' end offsets as they were once those markers were all there.
 */
final class KafkaCatchUp implements AutoCloseable {

    private static final List<String> TOPICS = List.of("kaohe.indicator", "kaohe.ledger", "kaohe.evidence");

    private final String bootstrap;
    private final Markers markers;
    private final Set<Long> published = ConcurrentHashMap.newKeySet();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Admin admin;
    private volatile boolean reading = true;
    private volatile String lastBehind = "";

    KafkaCatchUp(String bootstrap, Markers markers) {
        this.bootstrap = bootstrap;
        this.markers = markers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000));
    }

    /** Starts reading the topics from their ends; returns once positioned, before any command of the run. */
    void start() throws InterruptedException {
        var thread = new Thread(this::read, "chaos-kafka-reader");
        thread.setDaemon(true);
        thread.start();
        if (!positioned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not position a reader on " + TOPICS + " at " + bootstrap);
        }
    }

    /**
     * Waits until every one of {@code acked} is on Kafka and every consumer group has consumed what the topics
     * held then; the time it took, or null if not within {@code limit} (what was behind in {@link #behind}).
     */
    Duration await(Collection<Acked> acked, Duration limit) throws InterruptedException {
        long began = System.nanoTime();
        long deadline = began + limit.toNanos();
        Set<Long> expected = new HashSet<>();
        acked.forEach(command -> expected.add(command.marker()));
        while (!published.containsAll(expected)) {
            if (System.nanoTime() > deadline) {
                expected.removeAll(published);
                lastBehind = expected.size() + " acknowledged commands not on Kafka, e.g. markers "
                        + new TreeSet<>(expected).stream().limit(5).toList();
                return null;
            }
            Thread.sleep(100);
        }
        Map<TopicPartition, Long> ends = null;
        while (System.nanoTime() < deadline) {
            try {
                if (ends == null) {
                    ends = endOffsets();
                }
                var behind = groupsBehind(ends);
                if (behind.isEmpty()) {
                    return Duration.ofNanos(System.nanoTime() - began);
                }
                lastBehind = "consumer groups behind: " + behind;
            } catch (Exception kafkaNotAnswering) {
                lastBehind = "Kafka admin: " + kafkaNotAnswering;
            }
            Thread.sleep(200);
        }
        return null;
    }

    String behind() {
        return lastBehind;
    }

    @Override
    public void close() {
        reading = false;
        admin.close(Duration.ofSeconds(5));
    }

    /** The end offset of every partition of every topic some consumer group consumes. */
    private Map<TopicPartition, Long> endOffsets() throws Exception {
        Set<String> topics = new HashSet<>();
        for (var offsets : committedByGroup().values()) {
            offsets.keySet().forEach(partition -> topics.add(partition.topic()));
        }
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.values().forEach(topic -> topic.partitions().forEach(partition ->
                latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** {@code group topic-partition committed<end} for every group behind {@code ends} on a topic it consumes. */
    private List<String> groupsBehind(Map<TopicPartition, Long> ends) throws Exception {
        List<String> behind = new ArrayList<>();
        committedByGroup().forEach((group, committed) -> {
            Set<String> consumed = new HashSet<>();
            committed.keySet().forEach(partition -> consumed.add(partition.topic()));
            ends.forEach((partition, end) -> {
                if (!consumed.contains(partition.topic())) {
                    return;
                }
                OffsetAndMetadata at = committed.get(partition);
                long offset = at == null ? 0 : at.offset();
                if (offset < end) {
                    behind.add(group + " " + partition + " " + offset + "<" + end);
                }
            });
        });
        return behind;
    }

    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedByGroup() throws Exception {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> byGroup = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            var committed = admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
            committed.forEach((partition, offset) -> {
                if (offset != null) {
                    present.put(partition, offset);
                }
            });
            if (!present.isEmpty()) {
                byGroup.put(group.groupId(), present);
            }
        }
        return byGroup;
    }

    private void read() {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic).forEach(info ->
                        partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (reading) {
                try {
                    for (var record : consumer.poll(Duration.ofMillis(200))) {
                        published.addAll(markers.in(record.value()));
                    }
                } catch (org.apache.kafka.common.KafkaException brokerAway) {
                    // the broker is being killed: the same reader goes on from its position once it is back
                    Thread.sleep(1000);
                }
            }
        } catch (Exception e) {
            System.out.println("# Kafka reader stopped: " + e);
            System.out.flush();
        }
    }
}
