package kaohe.supervision.obligation.query;

import kaohe.platform.calendar.BusinessDay;
import kaohe.supervision.event.Audience;
import kaohe.supervision.obligation.Links;
import kaohe.supervision.obligation.Obligation;
import kaohe.supervision.obligation.ObligationStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The calendar read in pages, by due date then key, filtered in the database. */
@Component
public class ObligationQuery {

    private final JdbcTemplate jdbc;
    private final BusinessDay businessDay;

    public ObligationQuery(JdbcTemplate jdbc, BusinessDay businessDay) {
        this.jdbc = jdbc;
        this.businessDay = businessDay;
    }

    public List<ObligationView> page(ObligationFilter filter, Audience viewer, int offset, int limit) {
        LocalDate today = businessDay.today();
        var where = new StringBuilder("TRUE");
        var args = new ArrayList<Object>();
        if (filter.planId() != null) {
            where.append(" AND plan_id = ?");
            args.add(filter.planId());
        }
        if (filter.department() != null) {
            where.append(" AND department = ?");
            args.add(filter.department());
        }
        if (filter.from() != null) {
            where.append(" AND due_on >= ?");
            args.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND due_on <= ?");
            args.add(Date.valueOf(filter.to()));
        }
        if (filter.state() != null) {
            where.append(switch (filter.state()) {
                case OPEN -> " AND NOT done";
                case DONE -> " AND done";
                case OVERDUE -> " AND NOT done AND due_on < ?";
            });
            if (filter.state() == ObligationFilter.State.OVERDUE) {
                args.add(Date.valueOf(today));
            }
        }
        if (filter.scope() != null) {
            where.append(" AND (plan_id, department) IN (SELECT * FROM unnest(?::text[], ?::text[]))");
            args.add(filter.scope().stream().map(scope -> scope.planId()).toArray(String[]::new));
            args.add(filter.scope().stream().map(scope -> scope.department()).toArray(String[]::new));
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT * FROM obligation WHERE " + where + " ORDER BY due_on, obligation_key LIMIT ? OFFSET ?",
                        ObligationStore.OBLIGATION, args.toArray()).stream()
                .map(obligation -> view(obligation, viewer, today)).toList();
    }

    private static ObligationView view(Obligation obligation, Audience viewer, LocalDate today) {
        int overdue = obligation.done() ? 0
                : (int) Math.max(0, ChronoUnit.DAYS.between(obligation.dueOn(), today));
        return new ObligationView(obligation.key(), obligation.kind(), obligation.kind().label(),
                obligation.planId(), obligation.department(), obligation.subjectId(), obligation.label(),
                obligation.dueOn(), obligation.owner(), obligation.done(), obligation.doneOn(), overdue,
                Links.of(obligation, viewer));
    }
}
