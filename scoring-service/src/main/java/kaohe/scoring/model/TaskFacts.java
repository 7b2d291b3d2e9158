package kaohe.scoring.model;

import kaohe.ledger.event.CarriedAs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A department's ledger task (台账任务) as scoring sees it: where its six defines stand with the office, the
 * quantitative target and deadline the office last approved, and every actual recorded for it. Created by
 * whichever of its events arrives first.
 */
public final class TaskFacts {

    /** Where the six defines stand with the office; a revision of approved defines is PENDING again. */
    public enum Review { DRAFT, PENDING, APPROVED, RETURNED }

    final String taskId;
    Review review = Review.DRAFT;
    /** Whether the office ever approved the defines: only then does the task count, with the ones it approved. */
    boolean approved;
    String department;
    String indicatorId;
    CarriedAs carriedAs;
    String title;
    boolean qualitative;
    BigDecimal targetValue;
    String unit;
    String targetKey;
    LocalDate deadline;
    /** The last actual recorded for each month: a later record of the same month supersedes the earlier. */
    private final TreeMap<YearMonth, ProgressFact> progress = new TreeMap<>();
    final List<EventRef> definedBy = new ArrayList<>();

    TaskFacts(String taskId) {
        this.taskId = taskId;
    }

    /** A copy to change in a what-if, this task unchanged. */
    TaskFacts copy() {
        TaskFacts copy = new TaskFacts(taskId);
        copy.review = review;
        copy.approved = approved;
        copy.department = department;
        copy.indicatorId = indicatorId;
        copy.carriedAs = carriedAs;
        copy.title = title;
        copy.qualitative = qualitative;
        copy.targetValue = targetValue;
        copy.unit = unit;
        copy.targetKey = targetKey;
        copy.deadline = deadline;
        copy.progress.putAll(progress);
        copy.definedBy.addAll(definedBy);
        return copy;
    }

    public String taskId() {
        return taskId;
    }

    public String department() {
        return department;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public CarriedAs carriedAs() {
        return carriedAs;
    }

    public String title() {
        return title;
    }

    public Review review() {
        return review;
    }

    /** Counts in scoring: the office approved its defines, and what it approved last is what is scored. */
    public boolean counts() {
        return approved;
    }

    public boolean qualitative() {
        return qualitative || targetValue == null;
    }

    public BigDecimal targetValue() {
        return targetValue;
    }

    public String unit() {
        return unit;
    }

    public String targetKey() {
        return targetKey;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public List<EventRef> definedBy() {
        return definedBy;
    }

    void record(ProgressFact fact) {
        progress.put(fact.month(), fact);
    }

    /** The actual of the latest month up to {@code lastMonth} that has one. */
    public Optional<ProgressFact> latestUpTo(YearMonth lastMonth) {
        return Optional.ofNullable(progress.floorEntry(lastMonth)).map(Map.Entry::getValue);
    }
}
