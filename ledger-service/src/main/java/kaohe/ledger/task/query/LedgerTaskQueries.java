package kaohe.ledger.task.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.ledger.check.command.TaskDirectory;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.Define;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.task.command.SixDefinesRules;
import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads ledger tasks: one task, a department's ledger, and the facts a monthly check needs. */
@Component
public class LedgerTaskQueries implements TaskDirectory {

    /** With the indicator's code and whether the quantity is below the target it names, as the catalog has it now. */
    private static final String SELECT = """
            SELECT t.*, i.code AS indicator_code,
                   COALESCE((t.defines #>> '{quantity,value}')::numeric < g.value, FALSE) AS below_target
              FROM ledger_task_view t
              LEFT JOIN catalog_indicator i ON i.indicator_id = t.indicator_id
              LEFT JOIN catalog_indicator_target g
                ON g.indicator_id = t.indicator_id AND g.target_key = t.defines #>> '{quantity,targetKey}'""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public LedgerTaskQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public LedgerTaskView find(String taskId) {
        return jdbc.query(SELECT + " WHERE t.task_id = ?", this::view, taskId).stream().findFirst()
                .map(this::withCoSignatures)
                .orElseThrow(() -> Refusal.notFound("task-not-found", taskId));
    }

    /** Whose task it is: one row, for the access check before a write. */
    public String department(String taskId) {
        return jdbc.queryForList("SELECT department FROM ledger_task_view WHERE task_id = ?", String.class, taskId)
                .stream().findFirst().orElseThrow(() -> Refusal.notFound("task-not-found", taskId));
    }

    public DepartmentLedger ledger(String planId, String department) {
        List<LedgerTaskView> items = jdbc.query(SELECT
                        + " WHERE t.plan_id = ? AND t.department = ? ORDER BY i.code, t.title, t.task_id",
                this::view, planId, department).stream().map(this::withCoSignatures).toList();
        int submitted = (int) items.stream().filter(item -> item.status().equals("SUBMITTED")).count();
        int complete = (int) items.stream().filter(item -> item.missing().isEmpty()).count();
        int approved = (int) items.stream().filter(item -> inReview(item, "APPROVED")).count();
        return new DepartmentLedger(planId, department, items.size(), submitted, complete,
                items.size() - submitted, approved, items);
    }

    /**
     * What {@code department} co-signs: the submitted lead tasks of the plan on indicators that name it cooperating
     * (as the report's acceptance counts them), each with the lead reports waiting for its co-signature.
     */
    public List<CoSignTask> toCoSign(String planId, String department) {
        List<LedgerTaskView> tasks = jdbc.query(SELECT + """
                 JOIN catalog_indicator_department d
                   ON d.indicator_id = t.indicator_id AND d.role = 'COOPERATING' AND d.department = ?
                WHERE t.plan_id = ? AND t.carried_as = 'LEAD' AND t.submitted
                ORDER BY i.code, t.department, t.title, t.task_id""", this::view, department, planId);
        return tasks.stream().map(this::withCoSignatures)
                .map(task -> new CoSignTask(task, awaitingReports(task, department))).toList();
    }

    private List<String> awaitingReports(LedgerTaskView task, String department) {
        return jdbc.queryForList("""
                SELECT r.quarter FROM quarterly_report_view r
                 WHERE r.plan_id = ? AND r.department = ? AND r.status = 'SUBMITTED'
                   AND NOT EXISTS (SELECT 1 FROM task_co_signature s
                                    WHERE s.task_id = ? AND s.quarter = r.quarter AND s.department = ?)
                 ORDER BY r.quarter""", String.class, task.planId(), task.department(), task.taskId(), department);
    }

    /** The office's review list: a plan's tasks in one review state (PENDING, APPROVED, RETURNED). */
    public List<LedgerTaskView> inReview(String planId, String state) {
        return jdbc.query(SELECT + " WHERE t.plan_id = ? AND t.review = ? ORDER BY t.department, i.code, t.title,"
                + " t.task_id", this::view, planId, state).stream().map(this::withCoSignatures).toList();
    }

    private static boolean inReview(LedgerTaskView task, String state) {
        return task.review() != null && task.review().state().equals(state);
    }

    @Override
    public Optional<TaskFacts> task(String taskId) {
        return jdbc.query("SELECT plan_id, department, indicator_id, submitted, defines FROM ledger_task_view"
                        + " WHERE task_id = ?", (rs, row) -> {
                    SixDefines defines = read(rs.getString("defines"));
                    return new TaskFacts(taskId, rs.getString("plan_id"), rs.getString("department"),
                            rs.getString("indicator_id"), rs.getBoolean("submitted"), defines.quantity(),
                            defines.qualitative());
                }, taskId).stream().findFirst();
    }

    private LedgerTaskView view(ResultSet rs, int row) throws SQLException {
        String taskId = rs.getString("task_id");
        SixDefines defines = read(rs.getString("defines"));
        List<Define> missing = SixDefinesRules.missing(defines);
        Map<Define, Boolean> completeness = new LinkedHashMap<>();
        for (Define define : Define.values()) {
            completeness.put(define, define.sixDefines() ? !missing.contains(define)
                    : SixDefinesRules.valueOf(defines, define) != null);
        }
        String extensionId = rs.getString("extension_id");
        var extension = extensionId == null ? null : new LedgerTaskView.PendingExtension(extensionId,
                rs.getObject("extension_deadline", java.time.LocalDate.class));
        String state = rs.getString("review");
        var decidedAt = rs.getObject("reviewed_at", OffsetDateTime.class);
        var review = state == null ? null : new LedgerTaskView.Review(state, rs.getString("review_reason"),
                rs.getString("reviewed_by"), decidedAt == null ? null : decidedAt.toInstant());
        return new LedgerTaskView(taskId, rs.getString("plan_id"), rs.getString("indicator_id"),
                rs.getString("indicator_code"), rs.getString("department"),
                CarriedAs.valueOf(rs.getString("carried_as")), rs.getString("title"), defines, completeness,
                missing, rs.getBoolean("submitted") ? "SUBMITTED" : "DRAFT", review, rs.getBoolean("below_target"),
                extension, List.of(), rs.getLong("version"));
    }

    /** Read after the task's row set is closed, never inside its row mapper (one pooled connection at a time). */
    private LedgerTaskView withCoSignatures(LedgerTaskView task) {
        return new LedgerTaskView(task.taskId(), task.planId(), task.indicatorId(), task.indicatorCode(),
                task.department(), task.carriedAs(), task.title(), task.defines(), task.completeness(),
                task.missing(), task.status(), task.review(), task.belowTarget(), task.pendingExtension(),
                coSignatures(task.taskId()), task.version());
    }

    private List<LedgerTaskView.CoSignature> coSignatures(String taskId) {
        return new ArrayList<>(jdbc.query("""
                SELECT quarter, department, contribution FROM task_co_signature
                 WHERE task_id = ? ORDER BY quarter, department""",
                (rs, row) -> new LedgerTaskView.CoSignature(rs.getString(1), rs.getString(2), rs.getString(3)),
                taskId));
    }

    private SixDefines read(String text) {
        try {
            SixDefines defines = json.readValue(text, SixDefines.class);
            return defines.milestones() == null ? new SixDefines(defines.nature(), defines.quantity(),
                    defines.qualitative(), defines.standard(), defines.deadline(), List.of(),
                    defines.responsibleUnit(), defines.responsiblePerson(), defines.measures()) : defines;
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable defines in ledger_task_view", corrupt);
        }
    }
}
