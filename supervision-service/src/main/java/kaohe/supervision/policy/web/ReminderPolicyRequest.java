package kaohe.supervision.policy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;

import java.util.List;

/**
 * A new version of a plan's reminder policy and why: the lists are bounded here, their rules (ranges, order,
 * the inbox) are the aggregate's. Times are {@code HH:mm} in Asia/Shanghai.
 */
public record ReminderPolicyRequest(@NotNull @Size(max = 10) List<@NotNull Integer> daysBefore,
                                    @NotNull Boolean onDueDay,
                                    @NotNull @Size(max = 10) List<@NotNull @Valid Step> escalation,
                                    @NotNull @Pattern(regexp = HH_MM) String quietFrom,
                                    @NotNull @Pattern(regexp = HH_MM) String quietUntil,
                                    @NotNull @Size(max = 10) List<@NotNull Channel> channels,
                                    @Size(max = 500) String reason) {

    static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

    /** {@code daysAfter} days past due, remind {@code audiences}. */
    public record Step(@NotNull Integer daysAfter, @NotNull @Size(max = 3) List<@NotNull Audience> audiences) {
    }
}
