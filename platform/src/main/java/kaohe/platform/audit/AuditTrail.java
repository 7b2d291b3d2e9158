package kaohe.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.command.Refusal;
import kaohe.platform.publish.EventTypeNames;
import kaohe.platform.web.Paging;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The auditor's view of this service's event store: every event, in store order, filtered by aggregate, actor,
 * actor's department, event type and time range; read from the store itself, never from a projection.
 */
public class AuditTrail {

    /** Filters, each optional; {@code after} pages by global index, {@code limit} caps a page. */
    public record Query(String aggregateId, String actorId, String department, String type, Instant from,
                        Instant to, long after, int limit) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String context;

    public AuditTrail(JdbcTemplate jdbc, ObjectMapper json, String context) {
        this.jdbc = jdbc;
        this.json = json;
        this.context = context;
    }

    public List<AuditEntry> find(Query query) {
        Paging.limit(query.limit());
        var sql = new StringBuilder("""
                SELECT e.*, c.hash AS chain_hash FROM domain_event_entry e
                  LEFT JOIN event_chain c ON c.global_index = e.global_index
                 WHERE e.global_index > ?""");
        List<Object> args = new ArrayList<>(List.of(query.after()));
        condition(sql, args, " AND e.aggregate_identifier = ?", query.aggregateId());
        condition(sql, args, " AND convert_from(e.meta_data, 'UTF8')::jsonb ->> 'actorId' = ?", query.actorId());
        condition(sql, args, " AND convert_from(e.meta_data, 'UTF8')::jsonb ->> 'actorDepartment' = ?",
                query.department());
        if (query.type() != null) {
            sql.append(" AND (e.payload_type LIKE ? OR e.payload_type LIKE ?)");
            String name = typeName(query.type());
            args.add("%." + name + "Event");
            args.add("%." + name);
        }
        if (query.from() != null) {
            sql.append(" AND e.time_stamp::timestamptz >= ?::timestamptz");
            args.add(query.from().toString());
        }
        if (query.to() != null) {
            sql.append(" AND e.time_stamp::timestamptz < ?::timestamptz");
            args.add(query.to().toString());
        }
        sql.append(" ORDER BY e.global_index LIMIT ").append(query.limit());
        return jdbc.query(sql.toString(), this::entry, args.toArray());
    }

    /** {@code ledger.QuarterlyReportReturned.v1} or {@code QuarterlyReportReturned} → {@code QuarterlyReportReturned}. */
    private String typeName(String type) {
        String name = type.strip();
        if (name.startsWith(context + ".")) {
            name = name.substring(context.length() + 1);
        }
        name = name.replaceFirst("\\.v\\d+$", "");
        if (!name.matches("[A-Za-z][A-Za-z0-9]{0,100}")) {
            throw Refusal.invalidField("type", "invalid-parameter", "type");
        }
        return name;
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(clause);
            args.add(value.strip());
        }
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        JsonNode metadata = read(rs.getBytes("meta_data"));
        byte[] hash = rs.getBytes("chain_hash");
        JsonNode payload = read(rs.getBytes("payload"));
        return new AuditEntry(context, rs.getLong("global_index"), rs.getString("event_identifier"),
                EventTypeNames.of(context, rs.getString("payload_type")), rs.getString("type"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
                Instant.parse(rs.getString("time_stamp")), text(metadata, "actorId"), text(metadata, "actorName"),
                text(metadata, "actorDepartment"), text(metadata, "actorRoles"), text(metadata, "reason"),
                text(metadata, "correlationId"), payload, RevisedFields.of(payload), hash == null ? null : HexFormat.of().formatHex(hash));
    }

    private JsonNode read(byte[] bytes) {
        try {
            return bytes == null ? json.nullNode() : json.readTree(bytes);
        } catch (IOException unreadable) {
            return json.getNodeFactory().textNode("(unreadable)");
        }
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.path(key);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
