package kaohe.ledger.task.query;

import kaohe.ledger.event.Define;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.task.command.SixDefinesRules;
import kaohe.platform.history.AggregateHistory;
import kaohe.platform.history.HistoryEntry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A task's history per define, read from the event store: the draft's initial values, every revision and every
 * approved extension, each with actor, time and reason.
 */
@Component
public class TaskDefineHistory {

    private final AggregateHistory history;

    public TaskDefineHistory(AggregateHistory history) {
        this.history = history;
    }

    public List<DefineChange> of(String taskId, Define only) {
        var changes = new ArrayList<DefineChange>();
        for (HistoryEntry entry : history.of(taskId)) {
            if (entry.payload() instanceof LedgerTaskDraftedEvent drafted) {
                for (Define define : Define.values()) {
                    Object value = SixDefinesRules.valueOf(drafted.defines(), define);
                    if (value != null) {
                        changes.add(change(entry, define, null, value));
                    }
                }
            } else if (entry.payload() instanceof LedgerTaskDefinesRevisedEvent revised) {
                for (Define define : revised.revised()) {
                    changes.add(change(entry, define, value(revised.before(), define),
                            value(revised.after(), define)));
                }
            } else if (entry.payload() instanceof ExtensionApprovedEvent approved) {
                changes.add(change(entry, Define.DEADLINE, approved.before(), approved.after()));
            }
        }
        return changes.stream().filter(change -> only == null || change.define() == only).toList();
    }

    private static Object value(SixDefines defines, Define define) {
        return SixDefinesRules.valueOf(defines, define);
    }

    private static DefineChange change(HistoryEntry entry, Define define, Object before, Object after) {
        return new DefineChange(define, entry.sequence(), entry.occurredAt(), entry.actorId(), entry.actorName(),
                entry.actorDepartment(), entry.reason(), entry.type(), before, after);
    }
}
