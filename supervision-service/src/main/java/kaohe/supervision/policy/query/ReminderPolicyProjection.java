package kaohe.supervision.policy.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.command.EventMetadata;
import kaohe.supervision.event.ReminderPolicyAdoptedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/** Every adopted version of a plan's reminder policy, who adopted it, when and why; and the version in force. */
@Component
@ProcessingGroup("reminder-policy-projection")
public class ReminderPolicyProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReminderPolicyProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ReminderPolicyAdoptedEvent event, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTOR_ID) String actorId,
            @MetaDataValue(EventMetadata.ACTOR_NAME) String actorName,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        jdbc.update("""
                INSERT INTO reminder_policy_version (plan_id, version, days_before, on_due_day, escalation,
                       quiet_from, quiet_until, channels, adopted_at, adopted_by, adopted_by_name, reason)
                VALUES (?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?)""", event.planId(), event.version(),
                write(event.daysBefore()), event.onDueDay(), write(event.escalation()),
                ReminderPolicyView.time(event.quietFrom()), ReminderPolicyView.time(event.quietUntil()),
                write(event.channels()), at.atOffset(ZoneOffset.UTC), actorId, actorName, reason);
        jdbc.update("""
                INSERT INTO reminder_policy_current (plan_id, version) VALUES (?, ?)
                ON CONFLICT (plan_id) DO UPDATE SET version = EXCLUDED.version""", event.planId(), event.version());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE reminder_policy_current, reminder_policy_version");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
