package kaohe.supervision.delivery.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.supervision.delivery.DeliverySettings;
import kaohe.supervision.event.Channel;
import kaohe.supervision.preference.query.ContactPreferencesProjection;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 企业微信 group robot: {@code {"msgtype":"text","text":{"content":…,"mentioned_mobile_list":[phone]}}}. */
@Component
public class WeComRobot extends GroupRobot {

    public WeComRobot(DeliverySettings settings, DeliveryRecipient recipient,
                      ContactPreferencesProjection preferences, ObjectMapper json) {
        super(settings, recipient, preferences, json);
    }

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    Optional<String> webhook(DeliverySettings.Webhook webhook) {
        return Optional.ofNullable(webhook.wecom());
    }

    @Override
    Object message(String content, Optional<String> phone) {
        return Map.of("msgtype", "text", "text", phone
                .<Map<String, Object>>map(number -> Map.of("content", content, "mentioned_mobile_list", List.of(number)))
                .orElse(Map.of("content", content)));
    }
}
