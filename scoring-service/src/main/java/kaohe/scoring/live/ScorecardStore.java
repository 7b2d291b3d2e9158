package kaohe.scoring.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.scoring.score.IndicatorProgress;
import kaohe.scoring.score.Scorecard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the persisted projections — scorecards and indicator progress — into the live tables, or into a
 * rebuild's shadow tables of the same shape ({@code scorecard_rebuild}, {@code indicator_progress_rebuild}).
 */
@Repository
public class ScorecardStore {

    public static final String LIVE = "";
    public static final String REBUILD = "_rebuild";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ScorecardStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void writeScorecards(String tables, Collection<Scorecard> cards, LocalDate evaluatedOn) {
        if (cards.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO scorecard%s (plan_id, period, department, evaluated_on, rules_version, components,
                    base, bonus, deductions, total, vetoed, warning, alerts, card)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (plan_id, period, department) DO UPDATE SET evaluated_on = excluded.evaluated_on,
                    rules_version = excluded.rules_version, components = excluded.components,
                    base = excluded.base, bonus = excluded.bonus,
                    deductions = excluded.deductions, total = excluded.total, vetoed = excluded.vetoed,
                    warning = excluded.warning, alerts = excluded.alerts, card = excluded.card,
                    updated_at = clock_timestamp()""".formatted(tables), cards, cards.size(), (statement, card) -> {
            statement.setString(1, card.planId());
            statement.setString(2, card.period());
            statement.setString(3, card.department());
            statement.setDate(4, Date.valueOf(evaluatedOn));
            statement.setInt(5, card.rulesVersion());
            statement.setString(6, write(card.componentScores()));
            statement.setBigDecimal(7, card.base());
            statement.setBigDecimal(8, card.bonus());
            statement.setBigDecimal(9, card.deductions());
            statement.setBigDecimal(10, card.total());
            statement.setBoolean(11, card.vetoed());
            statement.setString(12, card.warning().name());
            statement.setInt(13, card.alerts().size());
            statement.setString(14, write(card));
        });
    }

    public void writeProgress(String tables, Collection<IndicatorProgress> rows, LocalDate evaluatedOn) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO indicator_progress%s (plan_id, indicator_id, evaluated_on, leaders, percent_of_plan,
                    warning, progress)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (plan_id, indicator_id) DO UPDATE SET evaluated_on = excluded.evaluated_on,
                    leaders = excluded.leaders, percent_of_plan = excluded.percent_of_plan,
                    warning = excluded.warning, progress = excluded.progress,
                    updated_at = clock_timestamp()""".formatted(tables), rows, rows.size(), (statement, row) -> {
            statement.setString(1, row.planId());
            statement.setString(2, row.indicatorId());
            statement.setDate(3, Date.valueOf(evaluatedOn));
            statement.setArray(4, statement.getConnection().createArrayOf("text", row.leaders().toArray()));
            statement.setBigDecimal(5, row.percentOfPlan());
            statement.setString(6, row.warning().name());
            statement.setString(7, write(row));
        });
    }

    /** Empty shadow tables shaped like the live ones, for a rebuild to fill. */
    public void createShadow() {
        dropShadow();
        jdbc.execute("CREATE UNLOGGED TABLE scorecard_rebuild (LIKE scorecard INCLUDING ALL)");
        jdbc.execute("CREATE UNLOGGED TABLE indicator_progress_rebuild (LIKE indicator_progress INCLUDING ALL)");
    }

    public void dropShadow() {
        jdbc.execute("DROP TABLE IF EXISTS scorecard_rebuild");
        jdbc.execute("DROP TABLE IF EXISTS indicator_progress_rebuild");
    }

    /** Rows that differ between the live projections and the rebuilt ones: "plan/period/department" keys. */
    public List<String> differences() {
        List<String> cards = jdbc.queryForList("""
                SELECT coalesce(l.plan_id, r.plan_id) || '/' || coalesce(l.period, r.period) || '/'
                       || coalesce(l.department, r.department)
                FROM scorecard l FULL JOIN scorecard_rebuild r USING (plan_id, period, department)
                WHERE l.card IS DISTINCT FROM r.card OR l.evaluated_on IS DISTINCT FROM r.evaluated_on
                ORDER BY 1""", String.class);
        List<String> progress = jdbc.queryForList("""
                SELECT coalesce(l.plan_id, r.plan_id) || '/' || coalesce(l.indicator_id, r.indicator_id)
                FROM indicator_progress l FULL JOIN indicator_progress_rebuild r USING (plan_id, indicator_id)
                WHERE l.progress IS DISTINCT FROM r.progress OR l.evaluated_on IS DISTINCT FROM r.evaluated_on
                ORDER BY 1""", String.class);
        return Stream.concat(cards.stream(), progress.stream()).toList();
    }

    /** Replaces the live projections by the rebuilt ones; the caller's transaction makes it one step for readers. */
    public void replaceLiveByShadow() {
        jdbc.execute("DELETE FROM scorecard");
        jdbc.execute("INSERT INTO scorecard SELECT * FROM scorecard_rebuild");
        jdbc.execute("DELETE FROM indicator_progress");
        jdbc.execute("INSERT INTO indicator_progress SELECT * FROM indicator_progress_rebuild");
    }

    public int count(String tables) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM scorecard" + tables, Integer.class);
        return count == null ? 0 : count;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
