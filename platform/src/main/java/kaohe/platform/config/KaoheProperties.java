package kaohe.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What a service tells the platform about itself.
 *
 * @param context        the bounded context whose events this service owns (indicator, ledger …)
 * @param topic          the Kafka topic of that context
 * @param maxJsonBody    JSON bodies above this are refused with 413
 * @param devHeaders     accept the development identity headers (tests and local scripts; never in production)
 */
@ConfigurationProperties("kaohe")
public record KaoheProperties(String context, String topic, DataSize maxJsonBody, boolean devHeaders) {

    public KaoheProperties {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("kaohe.context must name the service's bounded context");
        }
        topic = topic == null || topic.isBlank() ? "kaohe." + context : topic;
        maxJsonBody = maxJsonBody == null ? DataSize.ofKilobytes(256) : maxJsonBody;
    }
}
