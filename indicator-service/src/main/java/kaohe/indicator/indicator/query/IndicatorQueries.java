package kaohe.indicator.indicator.query;

import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;
import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads of the indicator read model: one query whatever the number of indicators. */
@Component
public class IndicatorQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public IndicatorQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    public IndicatorView find(String indicatorId) {
        var found = load("WHERE i.indicator_id = :id", new MapSqlParameterSource("id", indicatorId));
        if (found.isEmpty()) {
            throw Refusal.notFound("indicator-not-found", indicatorId);
        }
        return found.get(0);
    }

    public List<IndicatorView> findByPlan(String planId, IndicatorFilter filter) {
        var where = new StringBuilder("WHERE i.plan_id = :plan");
        var params = new MapSqlParameterSource("plan", planId);
        if (!filter.includeWithdrawn()) {
            where.append(" AND NOT i.withdrawn");
        }
        if (filter.kind() != null) {
            where.append(" AND i.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.department() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM indicator_department_view d"
                    + " WHERE d.indicator_id = i.indicator_id AND d.department = :department)");
            params.addValue("department", filter.department());
        }
        if (filter.leader() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM indicator_leader_view l"
                    + " WHERE l.indicator_id = i.indicator_id AND l.leader = :leader)");
            params.addValue("leader", filter.leader());
        }
        return load(where.toString(), params);
    }

    public DepartmentIndicators findByDepartment(String planId, String department) {
        var all = findByPlan(planId, new IndicatorFilter(null, department, null, false));
        return new DepartmentIndicators(department,
                all.stream().filter(view -> view.leadDepartments().contains(department)).toList(),
                all.stream().filter(view -> view.cooperatingDepartments().contains(department)).toList());
    }

    /**
     * One statement, its lists as arrays beside each row: the read that answers every command (read-your-writes)
     * was four round trips, each its own transaction.
     */
    private List<IndicatorView> load(String where, MapSqlParameterSource params) {
        return jdbc.query("""
                SELECT i.*,
                  ARRAY(SELECT ARRAY[t.target_key, t.value::text, t.unit, t.subject] FROM indicator_target_view t
                        WHERE t.indicator_id = i.indicator_id ORDER BY t.target_key) AS target_rows,
                  ARRAY(SELECT d.department FROM indicator_department_view d
                        WHERE d.indicator_id = i.indicator_id AND d.role = 'LEAD' ORDER BY d.position) AS leads,
                  ARRAY(SELECT d.department FROM indicator_department_view d
                        WHERE d.indicator_id = i.indicator_id AND d.role = 'COOPERATING' ORDER BY d.position)
                        AS cooperating,
                  ARRAY(SELECT l.leader FROM indicator_leader_view l
                        WHERE l.indicator_id = i.indicator_id ORDER BY l.position) AS leader_names
                FROM indicator_view i\s""" + where + " ORDER BY i.position", params, (rs, row) -> view(rs));
    }

    private static IndicatorView view(ResultSet rs) throws SQLException {
        var kind = IndicatorKind.valueOf(rs.getString("kind"));
        return new IndicatorView(rs.getString("indicator_id"), rs.getString("plan_id"), kind, kind.label(),
                rs.getString("code"), rs.getString("category"), rs.getString("text"), rs.getBoolean("provincial"),
                targets(rs.getArray("target_rows")), names(rs.getArray("leads")), names(rs.getArray("cooperating")),
                rs.getBoolean("all_departments_cooperate"), names(rs.getArray("leader_names")),
                rs.getString("city_lead_unit"), rs.getBoolean("withdrawn"), rs.getLong("version"));
    }

    /** Rows of (key, value, unit, subject); an indicator without targets has an empty array. */
    private static List<Target> targets(Array rows) throws SQLException {
        var targets = new ArrayList<Target>();
        for (Object row : (Object[]) rows.getArray()) {
            var cells = (String[]) row;
            targets.add(new Target(cells[0], new BigDecimal(cells[1]).stripTrailingZeros(), cells[2], cells[3]));
        }
        return targets;
    }

    private static List<String> names(Array names) throws SQLException {
        return List.of((String[]) names.getArray());
    }
}
