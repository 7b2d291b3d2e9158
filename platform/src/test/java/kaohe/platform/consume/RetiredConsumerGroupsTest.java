package kaohe.platform.consume;

import kaohe.testengines.TestEngines;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Retiring consumer groups on a real Kafka broker: an empty group goes, one still read with stays. */
class RetiredConsumerGroupsTest {

    private final String bootstrap = TestEngines.get().kafkaBootstrap();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "retire-test-" + run;

    @Test
    void anEmptyGroupIsDeletedAGroupWithMembersStaysAndAMissingOneCountsAsGone() throws Exception {
        String merged = "merged-" + run;
        String stillRead = "still-read-" + run;
        String neverThere = "never-there-" + run;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            committedAndLeft(merged);
            try (var member = consumer(stillRead)) {
                member.subscribe(List.of(topic));
                while (member.assignment().isEmpty()) {
                    member.poll(Duration.ofMillis(200));
                }

                var gone = new RetiredConsumerGroups(new KafkaAdmin(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap)), List.of(merged, stillRead, neverThere))
                        .retire();

                assertThat(gone).containsExactlyInAnyOrder(merged, neverThere);
                assertThat(groups(admin)).doesNotContain(merged).contains(stillRead);
            }
        }
    }

    /** A group as a merged-away projection left it: offsets committed, no member any more. */
    private void committedAndLeft(String group) {
        try (var consumer = consumer(group)) {
            var partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(0)));
        }
    }

    private KafkaConsumer<String, String> consumer(String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer());
    }

    private static List<String> groups(Admin admin) throws Exception {
        return admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId).toList();
    }
}
