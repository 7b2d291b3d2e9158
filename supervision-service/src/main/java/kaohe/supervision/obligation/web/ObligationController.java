package kaohe.supervision.obligation.web;

import kaohe.platform.actor.Actor;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.actor.Role;
import kaohe.platform.command.Refusal;
import kaohe.platform.web.Paging;
import kaohe.supervision.directory.DirectoryProjection;
import kaohe.supervision.event.Audience;
import kaohe.supervision.obligation.query.ObligationFilter;
import kaohe.supervision.obligation.query.ObligationQuery;
import kaohe.supervision.obligation.query.ObligationView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/supervision/obligations}: the calendar of who owes what by when, paged in the database
 * ({@code offset}, {@code limit} as every list). A liaison sees their own department's, a leader the departments
 * they follow, the office and auditors everything.
 */
@RestController
@RequestMapping("/api/supervision/obligations")
public class ObligationController {

    private static final int DEFAULT_LIMIT = 100;

    private final ObligationQuery query;
    private final DirectoryProjection directory;

    public ObligationController(ObligationQuery query, DirectoryProjection directory) {
        this.query = query;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICE','AUDITOR','LIAISON','LEADER')")
    public ResponseEntity<List<ObligationView>> list(
            @RequestParam(required = false) String planId, @RequestParam(required = false) String department,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        Paging.offset(offset);
        Paging.limit(limit);
        if (from != null && to != null && from.isAfter(to)) {
            throw Refusal.invalidField("to", "invalid-parameter", "to");
        }
        Actor actor = CurrentActor.get();
        var filter = new ObligationFilter(blankToNull(planId), blankToNull(department), from, to, state(state),
                null);
        Audience viewer = Audience.OFFICE;
        if (!actor.has(Role.OFFICE) && !actor.has(Role.AUDITOR)) {
            if (actor.has(Role.LIAISON)) {
                viewer = Audience.LIAISON;
                if (actor.department() == null
                        || filter.department() != null && !filter.department().equals(actor.department())) {
                    throw Refusal.forbidden("forbidden");
                }
                filter = new ObligationFilter(filter.planId(), actor.department(), from, to, filter.state(), null);
            } else {
                viewer = Audience.LEADER;
                filter = new ObligationFilter(filter.planId(), filter.department(), from, to, filter.state(),
                        directory.followedBy(actor.id()));
            }
        }
        return Paging.page(query.page(filter, viewer, offset, limit), limit, "offset", offset + limit);
    }

    private static ObligationFilter.State state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ObligationFilter.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Refusal.invalidField("state", "invalid-parameter", "state");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
