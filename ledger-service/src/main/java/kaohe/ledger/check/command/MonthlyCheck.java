package kaohe.ledger.check.command;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.catalog.IndicatorCatalog;
import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.MonthlySummaryWrittenEvent;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A department's monthly check of its ledger (每月对照台账查漏补缺，做好小结): progress per task, gaps found and
 * closed, the summary. Once submitted, progress and summary are fixed; gaps can still be closed.
 */
@Aggregate(cache = "aggregateCache")
public class MonthlyCheck {

    @AggregateIdentifier
    private String checkId;
    private String planId;
    private String department;
    private String month;
    private LocalDate dueOn;
    private String summary;
    private boolean submitted;
    private final Map<String, TaskProgressRecordedEvent> progress = new HashMap<>();
    private final Set<String> openGaps = new HashSet<>();
    private final Set<String> closedGaps = new HashSet<>();

    protected MonthlyCheck() {
    }

    @CommandHandler
    public MonthlyCheck(OpenMonthlyCheckCommand command, IndicatorCatalog catalog, BusinessCalendar calendar) {
        int year = catalog.planYear(command.planId())
                .orElseThrow(() -> Refusal.invalidField("planId", "unknown-plan", command.planId()));
        YearMonth month = BusinessCalendar.month(command.month());
        if (month.getYear() != year) {
            throw Refusal.invalidField("month", "month-outside-year", month, year);
        }
        if (month.atDay(1).isAfter(calendar.today())) {
            throw Refusal.invalidField("month", "month-in-future", month);
        }
        if (!catalog.departments(command.planId()).contains(command.department())) {
            throw Refusal.invalidField("department", "unknown-department", command.department());
        }
        apply(new MonthlyCheckOpenedEvent(command.checkId(), command.planId(), command.department(),
                month.toString(), calendar.monthlyCheckDue(month)));
    }

    @CommandHandler
    public void handle(RecordTaskProgressCommand command, TaskDirectory tasks) {
        requireOpen();
        var task = tasks.task(command.taskId())
                .filter(found -> found.department().equals(department) && found.planId().equals(planId))
                .orElseThrow(() -> Refusal.invalidField("taskId", "task-not-in-ledger", command.taskId(),
                        department));
        if (!task.submitted()) {
            throw Refusal.unprocessable("task-not-submitted", command.taskId());
        }
        if (command.status() == null) {
            throw Refusal.invalidField("status", "status-required");
        }
        BigDecimal value = command.actualValue();
        if (task.qualitative()) {
            if (value != null || command.unit() != null) {
                throw Refusal.invalidField("actualValue", "qualitative-task-has-no-value", command.taskId());
            }
        } else {
            if (value == null) {
                throw Refusal.invalidField("actualValue", "actual-value-required");
            }
            if (value.signum() < 0) {
                throw Refusal.invalidField("actualValue", "negative-progress", value);
            }
            if (!task.quantity().unit().equals(command.unit())) {
                throw Refusal.invalidField("unit", "unit-mismatch", command.unit(), task.quantity().unit());
            }
        }
        var event = new TaskProgressRecordedEvent(checkId, department, month, command.taskId(), task.indicatorId(),
                value, command.unit(), command.status(), command.note());
        if (event.equals(progress.get(command.taskId()))) {
            throw Refusal.unprocessable("no-change");
        }
        apply(event);
    }

    @CommandHandler
    public void handle(RecordGapCommand command, TaskDirectory tasks) {
        requireOpen();
        if (isBlank(command.description())) {
            throw Refusal.invalidField("description", "gap-description-required");
        }
        if (isBlank(command.owner())) {
            throw Refusal.invalidField("owner", "gap-owner-required");
        }
        if (command.fixBy() == null || command.fixBy().isBefore(YearMonth.parse(month).atDay(1))) {
            throw Refusal.invalidField("fixBy", "fix-by-before-month", command.fixBy(), month);
        }
        if (command.taskId() != null && tasks.task(command.taskId())
                .filter(task -> task.department().equals(department) && task.planId().equals(planId)).isEmpty()) {
            throw Refusal.invalidField("taskId", "task-not-in-ledger", command.taskId(), department);
        }
        apply(new GapFoundEvent(checkId, command.gapId(), department, command.taskId(), command.description(),
                command.owner(), command.fixBy()));
    }

    @CommandHandler
    public void handle(CloseGapCommand command, BusinessCalendar calendar) {
        if (closedGaps.contains(command.gapId())) {
            throw Refusal.unprocessable("gap-already-closed", command.gapId());
        }
        if (!openGaps.contains(command.gapId())) {
            throw Refusal.notFound("gap-not-found", command.gapId());
        }
        if (isBlank(command.resolution())) {
            throw Refusal.invalidField("resolution", "resolution-required");
        }
        apply(new GapClosedEvent(checkId, command.gapId(), command.resolution(), calendar.today()));
    }

    @CommandHandler
    public void handle(WriteMonthlySummaryCommand command) {
        requireOpen();
        if (isBlank(command.summary())) {
            throw Refusal.invalidField("summary", "summary-required");
        }
        if (Objects.equals(summary, command.summary())) {
            throw Refusal.unprocessable("no-change");
        }
        apply(new MonthlySummaryWrittenEvent(checkId, summary, command.summary()));
    }

    @CommandHandler
    public void handle(SubmitMonthlyCheckCommand command, BusinessCalendar calendar) {
        requireOpen();
        if (summary == null) {
            throw Refusal.unprocessable("summary-required");
        }
        LocalDate today = calendar.today();
        apply(new MonthlyCheckSubmittedEvent(checkId, department, month, today, dueOn,
                BusinessCalendar.daysLate(today, dueOn)));
    }

    private void requireOpen() {
        if (submitted) {
            throw Refusal.unprocessable("check-already-submitted", month);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(MonthlyCheckOpenedEvent event) {
        checkId = event.checkId();
        planId = event.planId();
        department = event.department();
        month = event.month();
        dueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(TaskProgressRecordedEvent event) {
        progress.put(event.taskId(), event);
    }

    @EventSourcingHandler
    void on(GapFoundEvent event) {
        openGaps.add(event.gapId());
    }

    @EventSourcingHandler
    void on(GapClosedEvent event) {
        openGaps.remove(event.gapId());
        closedGaps.add(event.gapId());
    }

    @EventSourcingHandler
    void on(MonthlySummaryWrittenEvent event) {
        summary = event.after();
    }

    @EventSourcingHandler
    void on(MonthlyCheckSubmittedEvent event) {
        submitted = true;
    }
}
