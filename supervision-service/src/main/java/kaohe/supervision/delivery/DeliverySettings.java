package kaohe.supervision.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * How reminders leave the service ({@code kaohe.supervision.*}): the e-mail sender address, the web app's base
 * URL the links are made absolute with, each department's group-robot webhooks (none: that channel is skipped for
 * it), the rate per recipient, and the dispatcher's rhythm.
 */
@ConfigurationProperties("kaohe.supervision")
public record DeliverySettings(@DefaultValue Mail mail,
                               @DefaultValue("http://127.0.0.1:8080") String webBaseUrl,
                               Map<String, Webhook> webhooks,
                               @DefaultValue Rate rate,
                               @DefaultValue Dispatch delivery) {

    public DeliverySettings {
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
    }

    public record Mail(@DefaultValue("kaohe@kaohe.local") String from) {
    }

    /** A department's robots: the WeCom and DingTalk group webhook URLs, either may be absent. */
    public record Webhook(String wecom, String dingtalk) {
    }

    public record Rate(@DefaultValue("10") int perRecipientPerHour) {
    }

    /**
     * {@code interval}: how often pending rows are looked for (besides right after an enqueue). {@code inDoubtAfter}:
     * a row SENDING longer than this (far above every channel's timeout) belongs to a process that died mid-send.
     */
    public record Dispatch(@DefaultValue("PT1S") Duration interval, @DefaultValue("PT2M") Duration inDoubtAfter,
                           @DefaultValue("20") int batch) {
    }

    /** {@code link} (a path of the web app) as a full URL; anything not a path is left as it is. */
    public String absolute(String link) {
        if (link == null || !link.startsWith("/")) {
            return link;
        }
        return webBaseUrl.replaceAll("/+$", "") + link;
    }
}
