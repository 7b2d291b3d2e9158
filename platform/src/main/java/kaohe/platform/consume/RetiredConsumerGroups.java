package kaohe.platform.consume;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Consumer groups a service no longer reads with (kaohe.consumers.retired-groups), deleted from Kafka once it is up,
 * off the start's path. A group without members keeps its offsets for days, and every look at consumer lag (an
 * operator's, {@code ./kaohe chaos}) would see it fall further behind. Kafka deletes only a group without members:
 * one an instance of the previous version still reads with (a rolling upgrade) stays until a later start.
 */
public class RetiredConsumerGroups implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(RetiredConsumerGroups.class);

    private final KafkaAdmin admin;
    private final List<String> groups;

    public RetiredConsumerGroups(KafkaAdmin admin, List<String> groups) {
        this.admin = admin;
        this.groups = List.copyOf(groups);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!groups.isEmpty()) {
            var retiring = new Thread(this::retire, "retire-consumer-groups");
            retiring.setDaemon(true);
            retiring.start();
        }
    }

    /** Deletes each group that is there and empty; the ones gone now (deleted, or never there). */
    public List<String> retire() {
        var gone = new ArrayList<String>();
        try (Admin kafka = Admin.create(admin.getConfigurationProperties())) {
            kafka.deleteConsumerGroups(groups).deletedGroups().forEach((group, deleted) -> {
                try {
                    deleted.get();
                    gone.add(group);
                    log.info("consumer group {} retired: deleted from Kafka", group);
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof GroupIdNotFoundException) {
                        gone.add(group);
                    } else if (failed.getCause() instanceof GroupNotEmptyException) {
                        log.info("consumer group {} is retired but still has members; deleted at a later start", group);
                    } else {
                        log.warn("consumer group {} is retired but could not be deleted: {}", group, failed.getCause());
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (RuntimeException kafkaUnreachable) {
            log.warn("retired consumer groups {} not deleted: {}", groups, kafkaUnreachable.toString());
        }
        return gone;
    }
}
