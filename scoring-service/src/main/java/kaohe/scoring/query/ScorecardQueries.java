package kaohe.scoring.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import kaohe.platform.command.Refusal;
import kaohe.scoring.score.ComponentScore;
import kaohe.scoring.score.IndicatorProgress;
import kaohe.scoring.score.Scorecard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the persisted projections: rankings, scorecards, indicator progress. */
@Repository
public class ScorecardQueries {

    private static final JavaType COMPONENTS = TypeFactory.defaultInstance()
            .constructCollectionType(List.class, ComponentScore.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ScorecardQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Departments by total, highest first; equal totals share a rank (1, 2, 2, 4). */
    public List<RankingRow> ranking(String planId, String period) {
        return jdbc.query("""
                SELECT rank() OVER (ORDER BY total DESC) AS rank, department, total, base, components, bonus,
                       deductions, vetoed, warning, alerts, rules_version, evaluated_on
                FROM scorecard WHERE plan_id = ? AND period = ? ORDER BY total DESC, department""",
                (row, n) -> new RankingRow(row.getInt("rank"), row.getString("department"),
                        row.getBigDecimal("total"), row.getBigDecimal("base"),
                        read(row.getString("components"), COMPONENTS), row.getBigDecimal("bonus"),
                        row.getBigDecimal("deductions"), row.getBoolean("vetoed"), row.getString("warning"),
                        row.getInt("alerts"), row.getInt("rules_version"),
                        row.getObject("evaluated_on", LocalDate.class)), planId, period);
    }

    public Scorecard scorecard(String planId, String period, String department) {
        return jdbc.query("SELECT card FROM scorecard WHERE plan_id = ? AND period = ? AND department = ?",
                        (row, n) -> read(row.getString(1), Scorecard.class), planId, period, department)
                .stream().findFirst()
                .orElseThrow(() -> Refusal.notFound("unknown-department", department));
    }

    /** Every department's scorecard of a period, in one read: for exports and the office's overview. */
    public Map<String, Scorecard> scorecards(String planId, String period) {
        Map<String, Scorecard> cards = new LinkedHashMap<>();
        jdbc.query("SELECT department, card FROM scorecard WHERE plan_id = ? AND period = ? ORDER BY department",
                row -> {
                    cards.put(row.getString(1), read(row.getString(2), Scorecard.class));
                }, planId, period);
        return cards;
    }

    public List<IndicatorProgress> progress(String planId, String leader) {
        return jdbc.query("""
                SELECT progress FROM indicator_progress WHERE plan_id = ? AND (?::text IS NULL OR ? = ANY (leaders))
                ORDER BY indicator_id""", (row, n) -> read(row.getString(1), IndicatorProgress.class),
                planId, leader, leader);
    }

    public IndicatorProgress progressOf(String planId, String indicatorId) {
        return jdbc.query("SELECT progress FROM indicator_progress WHERE plan_id = ? AND indicator_id = ?",
                        (row, n) -> read(row.getString(1), IndicatorProgress.class), planId, indicatorId)
                .stream().findFirst().orElseThrow(() -> Refusal.notFound("unknown-indicator", indicatorId));
    }

    private <T> T read(String text, Class<T> type) {
        return read(text, json.getTypeFactory().constructType(type));
    }

    private <T> T read(String text, JavaType type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getRawClass().getSimpleName() + " unreadable", e);
        }
    }
}
