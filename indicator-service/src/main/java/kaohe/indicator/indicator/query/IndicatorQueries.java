package kaohe.indicator.indicator.query;

import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;
import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of the indicator read model: four queries whatever the number of indicators. */
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

    private List<IndicatorView> load(String where, MapSqlParameterSource params) {
        String ids = "SELECT i.indicator_id FROM indicator_view i " + where;
        var targets = new HashMap<String, List<Target>>();
        jdbc.query("SELECT * FROM indicator_target_view WHERE indicator_id IN (" + ids + ") ORDER BY target_key",
                params, rs -> {
                    targets.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>()).add(new Target(
                            rs.getString("target_key"), rs.getBigDecimal("value").stripTrailingZeros(),
                            rs.getString("unit"), rs.getString("subject")));
                });
        var departments = new HashMap<String, Map<String, List<String>>>();
        jdbc.query("SELECT * FROM indicator_department_view WHERE indicator_id IN (" + ids + ") ORDER BY position",
                params, rs -> {
                    departments.computeIfAbsent(rs.getString("indicator_id"), id -> new HashMap<>())
                            .computeIfAbsent(rs.getString("role"), role -> new ArrayList<>())
                            .add(rs.getString("department"));
                });
        var leaders = new HashMap<String, List<String>>();
        jdbc.query("SELECT * FROM indicator_leader_view WHERE indicator_id IN (" + ids + ") ORDER BY position",
                params, rs -> {
                    leaders.computeIfAbsent(rs.getString("indicator_id"), id -> new ArrayList<>())
                            .add(rs.getString("leader"));
                });
        return jdbc.query("SELECT * FROM indicator_view i " + where + " ORDER BY i.position", params,
                (rs, row) -> view(rs, targets, departments, leaders));
    }

    private static IndicatorView view(ResultSet rs, Map<String, List<Target>> targets,
                                      Map<String, Map<String, List<String>>> departments,
                                      Map<String, List<String>> leaders) throws SQLException {
        String id = rs.getString("indicator_id");
        var kind = IndicatorKind.valueOf(rs.getString("kind"));
        var roles = departments.getOrDefault(id, Map.of());
        return new IndicatorView(id, rs.getString("plan_id"), kind, kind.label(), rs.getString("code"),
                rs.getString("category"), rs.getString("text"), rs.getBoolean("provincial"),
                targets.getOrDefault(id, List.of()), roles.getOrDefault("LEAD", List.of()),
                roles.getOrDefault("COOPERATING", List.of()), rs.getBoolean("all_departments_cooperate"),
                leaders.getOrDefault(id, List.of()), rs.getString("city_lead_unit"), rs.getBoolean("withdrawn"),
                rs.getLong("version"));
    }
}
