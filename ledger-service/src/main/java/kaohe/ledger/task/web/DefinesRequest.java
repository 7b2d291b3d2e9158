package kaohe.ledger.task.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.ledger.event.Milestone;
import kaohe.ledger.event.Quantity;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.web.Inputs;
import kaohe.platform.input.SingleLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The six defines (六定) and main measures as a client sends them; any may be left out in a draft. */
public record DefinesRequest(
        @Size(max = 500) String nature,
        @Valid QuantityRequest quantity,
        boolean qualitative,
        @Size(max = 1000) String standard,
        LocalDate deadline,
        @Size(max = 24) List<@Valid @NotNull MilestoneRequest> milestones,
        @Size(max = 100) @SingleLine String responsibleUnit,
        @Size(max = 50) @SingleLine String responsiblePerson,
        @Size(max = 2000) String measures) {

    public record QuantityRequest(@NotNull @DecimalMax("1000000000") BigDecimal value,
                                  @NotNull @Size(min = 1, max = 20) @SingleLine String unit,
                                  @Pattern(regexp = "T[1-9][0-9]?") String targetKey) {
    }

    public record MilestoneRequest(@NotNull LocalDate dueOn, @NotNull @Size(min = 1, max = 200) @SingleLine
                                   String description) {
    }

    public SixDefines toDefines() {
        Quantity amount = quantity == null ? null
                : new Quantity(Inputs.decimal(quantity.value()), quantity.unit().strip(), quantity.targetKey());
        List<Milestone> steps = milestones == null ? List.of()
                : milestones.stream().map(m -> new Milestone(m.dueOn(), m.description().strip())).toList();
        return new SixDefines(Inputs.text(nature), amount, qualitative, Inputs.text(standard), deadline, steps,
                Inputs.text(responsibleUnit), Inputs.text(responsiblePerson), Inputs.text(measures));
    }
}
