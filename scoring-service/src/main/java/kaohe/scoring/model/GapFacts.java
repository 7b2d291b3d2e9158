package kaohe.scoring.model;

import java.time.LocalDate;

/** A gap found in a monthly check (查漏) and whether it has been closed (补缺). */
public final class GapFacts {

    final String gapId;
    final String department;
    final String taskId;
    final String description;
    final LocalDate fixBy;
    final EventRef found;
    EventRef closed;

    GapFacts(String gapId, String department, String taskId, String description, LocalDate fixBy, EventRef found) {
        this.gapId = gapId;
        this.department = department;
        this.taskId = taskId;
        this.description = description;
        this.fixBy = fixBy;
        this.found = found;
    }

    /** A copy to change in a what-if, this gap unchanged. */
    GapFacts copy() {
        GapFacts copy = new GapFacts(gapId, department, taskId, description, fixBy, found);
        copy.closed = closed;
        return copy;
    }

    public String gapId() {
        return gapId;
    }

    public String department() {
        return department;
    }

    public String taskId() {
        return taskId;
    }

    public String description() {
        return description;
    }

    public LocalDate fixBy() {
        return fixBy;
    }

    public EventRef found() {
        return found;
    }

    public EventRef closed() {
        return closed;
    }
}
