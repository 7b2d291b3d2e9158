package kaohe.scoring.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.consume.UnknownEventTypes;
import kaohe.scoring.model.ScoringState;
import kaohe.scoring.model.Touched;
import kaohe.scoring.score.PlanScoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The live projection: the fold of every consumed event and the scorecards and indicator rows it persists. Each
 * event is recorded, applied and its scorecards rewritten in one transaction; if that fails the fold is loaded
 * again from the stored events, so memory never holds what the database does not. Instances may share the work
 * (Kafka splits the partitions between them): events are recorded one at a time across all of them (a
 * transaction-scoped advisory lock, so positions commit in order), and each instance first folds what the others
 * recorded since it last looked — before applying an event and before answering from its fold. Scores depend on
 * the day too (the plan's expected share grows, items fall due): a new business day recomputes everything.
 */
@Component
public class LiveScoring implements InitializingBean {

    private static final Duration READ_CATCH_UP = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(LiveScoring.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final ConsumedEvents events;
    private final EventFold fold;
    private final ScorecardStore store;
    private final TransactionTemplate transactions;
    private final BusinessDay businessDay;
    private final UnknownEventTypes unknownTypes;
    private final Timer lag;
    private ScoringState state;
    /** The last stored event this instance's fold has applied, and when it last looked for more. */
    private long folded;
    private long caughtUpAt;
    private LocalDate evaluatedOn;

    public LiveScoring(ConsumedEvents events, EventFold fold, ScorecardStore store, TransactionTemplate transactions,
                       BusinessDay businessDay, UnknownEventTypes unknownTypes, MeterRegistry meters) {
        this.events = events;
        this.fold = fold;
        this.store = store;
        this.transactions = transactions;
        this.businessDay = businessDay;
        this.unknownTypes = unknownTypes;
        this.lag = Timer.builder("kaohe.projection.lag").tag("consumer", ScoringEventsListener.CONSUMER)
                .description("from an event's occurrence to its scorecards being written")
                .publishPercentileHistogram().register(meters);
    }

    @Override
    public void afterPropertiesSet() {
        lock.lock();
        try {
            long started = System.nanoTime();
            reload();
            refreshAll();
            log.info("scoring: {} stored events folded and every projection computed in {} ms", state.applied(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            lock.unlock();
        }
    }

    /** Applies one consumed event (its JSON exactly as consumed), unless it was consumed before. */
    public void accept(String json) {
        var envelope = fold.read(json);
        lock.lock();
        boolean[] applied = {false};
        try {
            refreshIfNewDay();
            transactions.executeWithoutResult(status -> {
                events.lockForAppend();
                applied[0] = true;
                catchUp();
                events.append(envelope, json).ifPresent(position -> {
                    if (!state.knows(envelope.type())) {
                        unknownTypes.met(ScoringEventsListener.CONSUMER, envelope.type());
                    }
                    Touched touched = state.apply(envelope);
                    folded = position;
                    if (touched.any()) {
                        events.assignPlan(position, touched.planId());
                        write(touched);
                    }
                });
            });
            if (applied[0]) {
                lag.record(Duration.between(envelope.occurredAt(), Instant.now()));
            }
        } catch (RuntimeException failed) {
            if (applied[0]) {
                log.warn("scoring: an event's transaction failed after the fold changed; folding the stored events again");
                reload();
            }
            throw failed;
        } finally {
            lock.unlock();
        }
    }

    public LocalDate today() {
        return businessDay.today();
    }

    /**
     * Runs {@code query} on the live fold, which no event changes meanwhile. What other instances recorded is folded
     * in at most every {@link #READ_CATCH_UP} — one request reads the fold several times (access, plan, period), and
     * a query of the store for each would be most of its cost.
     */
    public <T> T read(Function<ScoringState, T> query) {
        lock.lock();
        try {
            if (System.nanoTime() - caughtUpAt > READ_CATCH_UP.toNanos()) {
                catchUp();
            }
            return query.apply(state);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} with consumption paused: a rebuild's last step. */
    public <T> T exclusively(Supplier<T> work) {
        lock.lock();
        try {
            catchUp();
            refreshIfNewDay();
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The rebuilt fold, which has applied every event up to {@code position}, becomes the live one. */
    public void adopt(ScoringState rebuilt, long position) {
        state = rebuilt;
        folded = position;
    }

    @Scheduled(cron = "${kaohe.scoring.new-day-cron:0 1 0 * * *}", zone = "Asia/Shanghai")
    public void newDay() {
        lock.lock();
        try {
            refreshIfNewDay();
        } finally {
            lock.unlock();
        }
    }

    private void refreshIfNewDay() {
        if (!today().equals(evaluatedOn)) {
            refreshAll();
        }
    }

    /**
     * Under the lock events are recorded under: every instance recomputes at the new day, and two rewriting the
     * same rows side by side could deadlock, or write a fold that misses what the other just recorded.
     */
    private void refreshAll() {
        LocalDate day = today();
        transactions.executeWithoutResult(status -> {
            events.lockForAppend();
            catchUp();
            state.plans().stream().filter(PlanScoring::scorable).forEach(plan -> {
                store.writeScorecards(ScorecardStore.LIVE,
                        PlanScoring.scorecards(plan, plan.scoredDepartments(), day), day);
                store.writeProgress(ScorecardStore.LIVE, PlanScoring.progress(plan, plan.indicators().stream()
                        .map(indicator -> indicator.indicatorId()).toList(), day), day);
            });
        });
        evaluatedOn = day;
    }

    private void write(Touched touched) {
        state.plan(touched.planId()).filter(PlanScoring::scorable).ifPresent(plan -> {
            store.writeScorecards(ScorecardStore.LIVE,
                    PlanScoring.scorecards(plan, PlanScoring.departments(plan, touched), evaluatedOn), evaluatedOn);
            store.writeProgress(ScorecardStore.LIVE,
                    PlanScoring.progress(plan, PlanScoring.indicators(plan, touched), evaluatedOn), evaluatedOn);
        });
    }

    /** Applies what other instances recorded since this one last looked (the scorecards they wrote stand). */
    private void catchUp() {
        folded = fold.foldRange(state, folded, Long.MAX_VALUE, done -> { });
        caughtUpAt = System.nanoTime();
    }

    private void reload() {
        state = fold.empty();
        folded = fold.foldRange(state, 0, Long.MAX_VALUE, done -> { });
    }
}
