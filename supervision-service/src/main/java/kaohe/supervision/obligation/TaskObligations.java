package kaohe.supervision.obligation;

import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.Milestone;
import kaohe.ledger.event.SixDefines;
import kaohe.supervision.event.Audience;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A ledger task's deadline and milestones (六定's 时限 and 节点), as its defines say each time they are drafted,
 * submitted, approved or revised; an approved extension moves the deadline. The ledger records no "milestone
 * reached" act, so the rule here is the one the ledger does record: a milestone due in a month is done once the
 * department reports the task's progress for that month or a later one (its monthly check says where the task
 * stands at that milestone); the deadline, and every milestone, is done once progress is reported DONE.
 */
@Component
public class TaskObligations {

    private final ObligationStore store;
    private final LedgerRecords records;

    public TaskObligations(ObligationStore store, LedgerRecords records) {
        this.store = store;
        this.records = records;
    }

    void drafted(LedgerTaskDraftedEvent event) {
        records.add(event.taskId(), "TASK", event.planId(), event.department(), event.title());
        defined(event.taskId(), event.defines());
    }

    void defined(String taskId, SixDefines defines) {
        records.find(taskId).ifPresent(task -> {
            var owed = new ArrayList<Obligation>();
            if (defines.deadline() != null) {
                owed.add(Obligation.open(ObligationKeys.taskDeadline(taskId), ObligationKind.TASK_DEADLINE,
                        task.planId(), task.department(), taskId, taskId, "「" + task.label() + "」完成时限",
                        defines.deadline(), Audience.LIAISON));
            }
            milestonesByDay(defines.milestones()).forEach((day, descriptions) -> owed.add(Obligation.open(
                    ObligationKeys.taskMilestone(taskId, day), ObligationKind.TASK_MILESTONE, task.planId(),
                    task.department(), taskId, taskId, "「" + task.label() + "」节点：" + descriptions, day,
                    Audience.LIAISON)));
            store.removeOpenExcept(ObligationKind.TASK_DEADLINE, taskId, keys(owed));
            store.removeOpenExcept(ObligationKind.TASK_MILESTONE, taskId, keys(owed));
            store.scheduleAll(owed);
            // progress reported before these defines (events of two aggregates come in either order)
            records.progress(taskId).ifPresent(progress -> applyProgress(taskId, progress.reportedMonth(),
                    progress.reportedOn(), progress.doneOn()));
        });
    }

    void progress(String taskId, String month, LocalDate day, boolean done) {
        records.progress(taskId, month, day, done);
        applyProgress(taskId, month, day, done ? day : null);
    }

    private void applyProgress(String taskId, String month, LocalDate reportedOn, LocalDate doneOn) {
        if (month != null) {
            store.doneMilestonesUpTo(taskId, YearMonth.parse(month), reportedOn);
        }
        if (doneOn != null) {
            store.doneAll(List.of(ObligationKind.TASK_DEADLINE, ObligationKind.TASK_MILESTONE), taskId, doneOn);
        }
    }

    private static Map<LocalDate, String> milestonesByDay(List<Milestone> milestones) {
        return milestones == null ? Map.of() : milestones.stream().filter(milestone -> milestone.dueOn() != null)
                .collect(Collectors.groupingBy(Milestone::dueOn, TreeMap::new,
                        Collectors.mapping(Milestone::description, Collectors.joining("；"))));
    }

    private static List<String> keys(List<Obligation> owed) {
        return owed.stream().map(Obligation::key).toList();
    }
}
