package kaohe.supervision.delivery.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.supervision.delivery.DeliverySettings;
import kaohe.supervision.event.Channel;
import kaohe.supervision.preference.query.ContactPreferencesProjection;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 钉钉 group robot: {@code {"msgtype":"text","text":{"content":…},"at":{"atMobiles":[phone]}}}. */
@Component
public class DingTalkRobot extends GroupRobot {

    public DingTalkRobot(DeliverySettings settings, DeliveryRecipient recipient,
                         ContactPreferencesProjection preferences, ObjectMapper json) {
        super(settings, recipient, preferences, json);
    }

    @Override
    public Channel channel() {
        return Channel.DINGTALK;
    }

    @Override
    Optional<String> webhook(DeliverySettings.Webhook webhook) {
        return Optional.ofNullable(webhook.dingtalk());
    }

    @Override
    Object message(String content, Optional<String> phone) {
        Map<String, Object> text = Map.of("msgtype", "text", "text", Map.of("content", content));
        return phone.<Map<String, Object>>map(number -> Map.of("msgtype", "text", "text", Map.of("content", content),
                "at", Map.of("atMobiles", List.of(number)))).orElse(text);
    }
}
