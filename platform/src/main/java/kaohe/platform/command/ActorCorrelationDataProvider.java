package kaohe.platform.command;

import kaohe.platform.calendar.BusinessDay;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies who, correlation and why from the command to every event it causes; the causation id is the id of
 * the message being handled. Under a set business date every event also says on which business day it happened,
 * so that views "as of a day" place it on that day rather than on the real date it was recorded.
 */
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> CARRIED = List.of(EventMetadata.ACTOR_ID, EventMetadata.ACTOR_NAME,
            EventMetadata.ACTOR_DEPARTMENT, EventMetadata.ACTOR_ROLES, EventMetadata.CORRELATION_ID,
            EventMetadata.REASON);

    private final BusinessDay businessDay;

    public ActorCorrelationDataProvider(BusinessDay businessDay) {
        this.businessDay = businessDay;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : CARRIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(EventMetadata.CORRELATION_ID, message.getIdentifier());
        data.put(EventMetadata.CAUSATION_ID, message.getIdentifier());
        if (businessDay.isShifted()) {
            data.put(EventMetadata.BUSINESS_DATE, businessDay.today().toString());
        }
        return data;
    }
}
