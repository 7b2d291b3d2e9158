package kaohe.platform.command;

import kaohe.platform.actor.Actor;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The metadata keys every event carries (DESIGN.md rule 2), and how a command gets them. */
public final class EventMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_NAME = "actorName";
    public static final String ACTOR_DEPARTMENT = "actorDepartment";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String REASON = "reason";
    /**
     * The business day of the act (ISO date), present only on events recorded under a set {@code kaohe.business-date};
     * without it the act's day is its timestamp's date in Asia/Shanghai.
     */
    public static final String BUSINESS_DATE = "businessDate";

    private EventMetadata() {
    }

    public static MetaData forCommand(Actor actor, String correlationId, Object command) {
        Map<String, Object> values = new HashMap<>();
        values.put(ACTOR_ID, actor.id());
        values.put(ACTOR_NAME, actor.name());
        if (actor.department() != null) {
            values.put(ACTOR_DEPARTMENT, actor.department());
        }
        values.put(ACTOR_ROLES, actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        values.put(CORRELATION_ID, correlationId);
        if (command instanceof Reasoned reasoned && reasoned.reason() != null) {
            values.put(REASON, reasoned.reason().strip());
        }
        return MetaData.from(values);
    }
}
