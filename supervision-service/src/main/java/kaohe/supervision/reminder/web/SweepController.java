package kaohe.supervision.reminder.web;

import kaohe.platform.calendar.BusinessDay;
import kaohe.supervision.reminder.ReminderSweep;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * {@code POST /api/supervision/sweeps} (office): sweeps now, the given day or the business day, and answers what
 * it found and how long it took. Sweeping again records nothing new.
 */
@RestController
public class SweepController {

    /** {@code day}: the day to sweep (default the business day). */
    public record SweepRequest(LocalDate day) {
    }

    private final ReminderSweep sweep;
    private final BusinessDay businessDay;

    public SweepController(ReminderSweep sweep, BusinessDay businessDay) {
        this.sweep = sweep;
        this.businessDay = businessDay;
    }

    @PostMapping("/api/supervision/sweeps")
    @PreAuthorize("hasRole('OFFICE')")
    public ReminderSweep.Outcome sweep(@RequestBody(required = false) SweepRequest request) {
        return sweep.sweep(request == null || request.day() == null ? businessDay.today() : request.day());
    }
}
