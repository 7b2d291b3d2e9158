package kaohe.supervision.chase.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.Refusal;
import kaohe.platform.web.Problems;
import kaohe.supervision.chase.command.Chase;
import kaohe.supervision.chase.command.ChaseStatus;
import kaohe.supervision.event.ChaseSubject;
import kaohe.supervision.event.ChaseSubjectKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads 督办单: one with its replies and steps, or a page of them by plan, department, status and overdue (judged
 * on the business day: still waiting for the department after its reply-by date).
 */
@Component
public class ChaseQueries {

    private static final String AWAITING = "('OPENED','SIGNED','SENT_BACK')";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final BusinessDay businessDay;
    private final Problems texts;

    public ChaseQueries(JdbcTemplate jdbc, ObjectMapper json, BusinessDay businessDay, Problems texts) {
        this.jdbc = jdbc;
        this.json = json;
        this.businessDay = businessDay;
        this.texts = texts;
    }

    public ChaseView find(String chaseId, Locale locale) {
        List<ChaseView> found = jdbc.query("SELECT * FROM chase_view WHERE chase_id = ?",
                (rs, row) -> view(rs, locale), chaseId);
        if (found.isEmpty()) {
            throw Refusal.notFound("chase-not-found", chaseId);
        }
        return withDetails(found).get(0);
    }

    /** Whose 督办单 it is (plan and department), for the access check before anything else. */
    public Owner owner(String chaseId) {
        return jdbc.query("SELECT plan_id, department FROM chase_view WHERE chase_id = ?",
                (rs, row) -> new Owner(rs.getString("plan_id"), rs.getString("department")), chaseId).stream()
                .findFirst().orElseThrow(() -> Refusal.notFound("chase-not-found", chaseId));
    }

    /** The plan and department a 督办单 was opened to. */
    public record Owner(String planId, String department) {
    }

    /** Newest first, {@code limit} from {@code offset}. */
    public List<ChaseView> list(ChaseFilter filter, int offset, int limit, Locale locale) {
        StringBuilder sql = new StringBuilder("SELECT * FROM chase_view WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (filter.planId() != null) {
            sql.append(" AND plan_id = ?");
            args.add(filter.planId());
        }
        if (filter.department() != null) {
            sql.append(" AND department = ?");
            args.add(filter.department());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " AND " : " AND NOT ").append("(status IN ").append(AWAITING)
                    .append(" AND reply_by < ?)");
            args.add(businessDay.today());
        }
        sql.append(" ORDER BY opened_on DESC, chase_id OFFSET ? LIMIT ?");
        args.add(offset);
        args.add(limit);
        return withDetails(jdbc.query(sql.toString(), (rs, row) -> view(rs, locale), args.toArray()));
    }

    // Replies and steps of the whole page in two queries, read after the page's row set is closed.
    private List<ChaseView> withDetails(List<ChaseView> chases) {
        if (chases.isEmpty()) {
            return chases;
        }
        String[] ids = chases.stream().map(ChaseView::chaseId).toArray(String[]::new);
        Map<String, List<ChaseView.Reply>> replies = new HashMap<>();
        jdbc.query("SELECT * FROM chase_reply WHERE chase_id = ANY(?) ORDER BY round", rs -> {
            replies.computeIfAbsent(rs.getString("chase_id"), id -> new ArrayList<>()).add(reply(rs));
        }, (Object) ids);
        Map<String, List<ChaseView.Step>> steps = new HashMap<>();
        jdbc.query("SELECT * FROM chase_step WHERE chase_id = ANY(?) ORDER BY sequence", rs -> {
            steps.computeIfAbsent(rs.getString("chase_id"), id -> new ArrayList<>()).add(step(rs));
        }, (Object) ids);
        return chases.stream().map(chase -> chase.with(replies.getOrDefault(chase.chaseId(), List.of()),
                steps.getOrDefault(chase.chaseId(), List.of()))).collect(Collectors.toList());
    }

    private ChaseView view(ResultSet rs, Locale locale) throws SQLException {
        ChaseStatus status = ChaseStatus.valueOf(rs.getString("status"));
        LocalDate replyBy = rs.getObject("reply_by", LocalDate.class);
        LocalDate today = businessDay.today();
        boolean overdue = status.awaitsDepartment() && today.isAfter(replyBy);
        var subject = new ChaseSubject(ChaseSubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_id"), rs.getString("subject_label"));
        return new ChaseView(rs.getString("chase_id"), rs.getString("plan_id"), rs.getString("department"), subject,
                rs.getString("title"), rs.getString("message"), replyBy, status.name(),
                texts.text("chase.status." + status.name(), locale), rs.getInt("round"), overdue,
                overdue ? Chase.daysLate(today, replyBy) : null, rs.getObject("opened_on", LocalDate.class),
                rs.getString("opened_by"), rs.getString("opened_by_name"), List.of(), List.of(),
                rs.getLong("version"));
    }

    private ChaseView.Reply reply(ResultSet rs) throws SQLException {
        return new ChaseView.Reply(rs.getInt("round"), rs.getString("progress"),
                read(rs.getString("evidence")), rs.getObject("replied_on", LocalDate.class),
                rs.getInt("days_late"), rs.getString("by_id"), rs.getString("by_name"));
    }

    private static ChaseView.Step step(ResultSet rs) throws SQLException {
        return new ChaseView.Step(rs.getString("type"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("by_id"), rs.getString("by_name"), rs.getString("reason"));
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable JSON in chase_reply", corrupt);
        }
    }
}
