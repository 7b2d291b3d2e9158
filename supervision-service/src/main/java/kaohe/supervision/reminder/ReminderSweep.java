package kaohe.supervision.reminder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import kaohe.supervision.directory.DirectoryProjection;
import kaohe.supervision.directory.Person;
import kaohe.supervision.event.Audience;
import kaohe.supervision.obligation.Links;
import kaohe.supervision.obligation.Obligation;
import kaohe.supervision.obligation.ObligationStore;
import kaohe.supervision.policy.ReminderPolicies;
import kaohe.supervision.policy.ReminderPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sweep for one day: every open obligation whose policy has a step due that day ({@link ReminderSteps}) gives
 * one {@link DueReminder} per person of the step's audiences, handed to the {@link ReminderOutbox}, which records
 * each (obligation, step, recipient, channel) once — so sweeping again, on any instance, sends nothing twice. Sweeps
 * run one at a time across instances (a PostgreSQL advisory lock held for the sweep's transaction).
 */
@Component
public class ReminderSweep {

    /** "kaohe.rs" (reminder sweep): the advisory lock every instance takes to sweep. */
    static final long SWEEP_LOCK = 0x6b616f68652e7273L;

    public record Outcome(LocalDate day, int obligations, int remindersDue, int newlyRecorded, long tookMs) {
    }

    private final ObligationStore obligations;
    private final DirectoryProjection directory;
    private final ReminderPolicies policies;
    private final ReminderOutbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int catchUpDays;
    private final Timer timer;
    private final AtomicLong open = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    // the policies and the outbox are other features of this service (policy, delivery): resolved at first use
    public ReminderSweep(ObligationStore obligations, DirectoryProjection directory, ReminderPolicies policies,
                         ReminderOutbox outbox, JdbcTemplate jdbc, TransactionTemplate transactions,
                         Clock clock, @Value("${kaohe.supervision.catch-up-days:2}") int catchUpDays,
                         MeterRegistry meters) {
        this.obligations = obligations;
        this.directory = directory;
        this.policies = policies;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.catchUpDays = catchUpDays;
        this.timer = Timer.builder("kaohe.reminder.sweep").description("one sweep: obligations to due reminders")
                .publishPercentileHistogram().register(meters);
        Gauge.builder("kaohe.obligations.open", open, AtomicLong::get)
                .description("open obligations, as of the last sweep").register(meters);
        Gauge.builder("kaohe.obligations.overdue", overdue, AtomicLong::get)
                .description("open obligations past their due date, as of the last sweep").register(meters);
    }

    /** Sweeps {@code day}, waiting for a sweep running elsewhere to finish. */
    public Outcome sweep(LocalDate day) {
        return transactions.execute(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", row -> null, SWEEP_LOCK);
            return sweepLocked(day);
        });
    }

    /** Sweeps {@code day} unless another instance is sweeping now (then its sweep does the work). */
    public Optional<Outcome> sweepUnlessBusy(LocalDate day) {
        return transactions.execute(status -> Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT pg_try_advisory_xact_lock(?)", Boolean.class, SWEEP_LOCK))
                ? Optional.of(sweepLocked(day)) : Optional.empty());
    }

    private Outcome sweepLocked(LocalDate day) {
        long started = System.nanoTime();
        var recipients = new Recipients(directory);
        Map<String, ReminderPolicy> planPolicies = new HashMap<>();
        obligations.plans().forEach(planId -> planPolicies.put(planId, policies.current(planId)));
        List<Obligation> window = obligations.openDueOn(ReminderSteps.candidateDueDates(planPolicies.values(), day,
                catchUpDays));
        var due = new ArrayList<DueReminder>();
        var now = clock.instant();
        for (Obligation obligation : window) {
            ReminderPolicy policy = planPolicies.computeIfAbsent(obligation.planId(), policies::current);
            ReminderSteps.due(policy, obligation, day, catchUpDays).ifPresent(step -> {
                var reached = new HashSet<String>();
                for (Audience audience : step.audiences()) {
                    var text = ReminderTexts.of(obligation, day, audience);
                    String link = Links.of(obligation, audience);
                    for (Person person : recipients.of(audience, obligation.planId(), obligation.department())) {
                        if (reached.add(person.userId())) {
                            due.add(new DueReminder(obligation.key(), step.name(), person.userId(), person.name(),
                                    audience, obligation.planId(), obligation.department(), text.title(),
                                    text.body(), link, obligation.dueOn(), now, policy.channels()));
                        }
                    }
                }
            });
        }
        int recorded = due.isEmpty() ? 0 : outbox.enqueue(due);
        long took = System.nanoTime() - started;
        timer.record(took, TimeUnit.NANOSECONDS);
        // the gauges' bookkeeping, not part of finding what fell due
        var counts = obligations.counts(day);
        open.set(counts.open());
        overdue.set(counts.overdue());
        return new Outcome(day, window.size(), due.size(), recorded, took / 1_000_000);
    }
}
