package kaohe.supervision.policy.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.supervision.event.Channel;
import kaohe.supervision.event.EscalationStep;
import kaohe.supervision.policy.ReminderPolicies;
import kaohe.supervision.policy.ReminderPolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the plans' reminder policies: the one in force (the default until one is adopted) and every version. */
@Component
public class ReminderPolicyQueries implements ReminderPolicies {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ReminderPolicyQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public ReminderPolicy current(String planId) {
        return find(planId).policy();
    }

    /** The version in force, with who adopted it; the default (version 0) while none is. */
    public ReminderPolicyView find(String planId) {
        return jdbc.query("""
                SELECT v.* FROM reminder_policy_current c
                  JOIN reminder_policy_version v ON v.plan_id = c.plan_id AND v.version = c.version
                 WHERE c.plan_id = ?""", this::view, planId).stream().findFirst()
                .orElseGet(() -> ReminderPolicyView.byDefault(planId));
    }

    /** Every adopted version, newest first (a handful per plan: paged whole by the platform). */
    public List<ReminderPolicyView> versions(String planId) {
        return jdbc.query("SELECT * FROM reminder_policy_version WHERE plan_id = ? ORDER BY version DESC",
                this::view, planId);
    }

    private ReminderPolicyView view(ResultSet rs, int row) throws SQLException {
        return new ReminderPolicyView(rs.getString("plan_id"), rs.getInt("version"),
                read(rs.getString("days_before"), new TypeReference<List<Integer>>() { }),
                rs.getBoolean("on_due_day"),
                read(rs.getString("escalation"), new TypeReference<List<EscalationStep>>() { }),
                rs.getString("quiet_from"), rs.getString("quiet_until"),
                read(rs.getString("channels"), new TypeReference<List<Channel>>() { }),
                rs.getObject("adopted_at", OffsetDateTime.class).toInstant(), rs.getString("adopted_by"),
                rs.getString("adopted_by_name"), rs.getString("reason"));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable JSON in reminder_policy_version", corrupt);
        }
    }
}
