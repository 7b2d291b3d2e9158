package kaohe.ledger.task.command;

import kaohe.indicator.event.Target;
import kaohe.ledger.catalog.CatalogIndicator;
import kaohe.ledger.event.Define;
import kaohe.ledger.event.Milestone;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.SixDefines;
import kaohe.platform.command.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What makes the six defines well formed, which of them are still missing, and which a revision changes. */
public final class SixDefinesRules {

    private static final Map<Define, Function<SixDefines, Object>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put(Define.NATURE, SixDefines::nature);
        VALUES.put(Define.QUANTITY, d -> d.qualitative() ? "QUALITATIVE" : d.quantity());
        VALUES.put(Define.STANDARD, SixDefines::standard);
        VALUES.put(Define.DEADLINE, d -> d.deadline() == null && d.milestones().isEmpty()
                ? null : new Deadline(d.deadline(), d.milestones()));
        VALUES.put(Define.RESPONSIBLE_UNIT, SixDefines::responsibleUnit);
        VALUES.put(Define.RESPONSIBLE_PERSON, SixDefines::responsiblePerson);
        VALUES.put(Define.MEASURES, SixDefines::measures);
    }

    /** 定时限 as one value: the deadline with its milestones. */
    public record Deadline(LocalDate deadline, List<Milestone> milestones) {
    }

    private SixDefinesRules() {
    }

    /** The value of one define, for history and completeness: null while it is not defined. */
    public static Object valueOf(SixDefines defines, Define define) {
        return VALUES.get(define).apply(defines);
    }

    /** The six defines not yet set; a qualitative task's quantity counts as set. */
    public static List<Define> missing(SixDefines defines) {
        var missing = new ArrayList<Define>();
        for (Define define : Define.values()) {
            // milestones alone do not set 定时限: the deadline does
            boolean set = define == Define.DEADLINE ? defines.deadline() != null
                    : !isBlank(valueOf(defines, define));
            if (define.sixDefines() && !set) {
                missing.add(define);
            }
        }
        return missing;
    }

    public static List<Define> changed(SixDefines before, SixDefines after) {
        return VALUES.keySet().stream()
                .filter(define -> !Objects.equals(valueOf(before, define), valueOf(after, define)))
                .toList();
    }

    /** Refuses defines that contradict themselves or the indicator's targets. */
    static void requireWellFormed(SixDefines defines, CatalogIndicator indicator) {
        Quantity quantity = defines.quantity();
        if (defines.qualitative() && quantity != null) {
            throw Refusal.invalidField("quantity", "qualitative-with-quantity");
        }
        if (quantity != null) {
            if (quantity.value() == null) {
                throw Refusal.invalidField("quantity.value", "quantity-value-required");
            }
            if (quantity.value().compareTo(BigDecimal.ZERO) < 0) {
                throw Refusal.invalidField("quantity.value", "negative-quantity", quantity.value());
            }
            // a target of 0 would be met by doing nothing: a task with nothing to count is qualitative
            if (quantity.value().signum() == 0) {
                throw Refusal.invalidField("quantity.value", "zero-quantity");
            }
            if (isBlank(quantity.unit())) {
                throw Refusal.invalidField("quantity.unit", "quantity-unit-required");
            }
            if (quantity.targetKey() != null) {
                Target target = indicator.targets().get(quantity.targetKey());
                if (target == null) {
                    throw Refusal.invalidField("quantity.targetKey", "unknown-target", quantity.targetKey(),
                            indicator.code());
                }
                if (!target.unit().equals(quantity.unit())) {
                    throw Refusal.invalidField("quantity.unit", "unit-mismatch", quantity.unit(), target.unit());
                }
            }
        }
        for (Milestone milestone : defines.milestones()) {
            if (milestone.dueOn() == null || isBlank(milestone.description())) {
                throw Refusal.invalidField("milestones", "milestone-incomplete");
            }
            if (defines.deadline() != null && milestone.dueOn().isAfter(defines.deadline())) {
                throw Refusal.invalidField("milestones", "milestone-after-deadline", milestone.dueOn(),
                        defines.deadline());
            }
        }
    }

    /** Whether the quantity is below the value of the indicator target it names (which it may break down). */
    public static boolean belowTarget(SixDefines defines, CatalogIndicator indicator) {
        Quantity quantity = defines.quantity();
        Target target = quantity == null || quantity.targetKey() == null ? null
                : indicator.targets().get(quantity.targetKey());
        return target != null && target.value() != null && quantity.value() != null
                && quantity.value().compareTo(target.value()) < 0;
    }

    /**
     * A deadline the department sets, and its milestones, lie in the plan's year; only an approved extension may
     * go beyond.
     */
    static void requireDeadlineInYear(SixDefines defines, SixDefines before, int planYear) {
        LocalDate deadline = defines.deadline();
        if (deadline != null && deadline.getYear() != planYear
                && (before == null || !deadline.equals(before.deadline()))) {
            throw Refusal.invalidField("deadline", "deadline-outside-year", deadline, planYear);
        }
        for (Milestone milestone : defines.milestones()) {
            boolean isNew = before == null || !before.milestones().contains(milestone);
            if (isNew && milestone.dueOn() != null && milestone.dueOn().getYear() != planYear) {
                throw Refusal.invalidField("milestones", "deadline-outside-year", milestone.dueOn(), planYear);
            }
        }
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }
}
