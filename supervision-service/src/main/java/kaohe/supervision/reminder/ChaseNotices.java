package kaohe.supervision.reminder;

import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.platform.publish.EventEnvelope;
import kaohe.supervision.directory.Directory;
import kaohe.supervision.directory.Person;
import kaohe.supervision.event.Audience;
import kaohe.supervision.event.ChaseAcceptedEvent;
import kaohe.supervision.event.ChaseClosedEvent;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSignedEvent;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import kaohe.supervision.event.ContactPreferencesSetEvent;
import kaohe.supervision.event.ReminderPolicyAdoptedEvent;
import kaohe.supervision.obligation.Labels;
import kaohe.supervision.obligation.ObligationKeys;
import kaohe.supervision.policy.ReminderPolicies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The other side hears of each step of a 督办单 at once: opened and sent back reach the department's liaisons,
 * a reply reaches the office, accepted, closed and withdrawn reach the department again. Each is one reminder
 * (step {@code opened}, {@code replied-<round>}, {@code sent-back-<round>}, {@code accepted}, {@code closed},
 * {@code withdrawn}) under the 督办单's obligation key, so a redelivered event records nothing new; an event older
 * than the catch-up days (a topic replayed from its start) notifies nobody.
 */
@Component
public class ChaseNotices {

    /** Whose marks (processed_event) this projection's applied events carry; fixed once events were applied. */
    private static final String MARKS = "supervision-chase-notices";

    private record Chase(String planId, String department, String title, LocalDate replyBy) {
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final ReminderPolicies policies;
    private final ReminderOutbox outbox;
    private final BusinessDay businessDay;
    private final Clock clock;
    private final int catchUpDays;
    private final EventHandlers events;

    // the policies and the outbox are other features of this service (policy, delivery): resolved at first use
    public ChaseNotices(JdbcTemplate jdbc, Directory directory, ReminderPolicies policies,
                        ReminderOutbox outbox, BusinessDay businessDay, Clock clock,
                        @Value("${kaohe.supervision.catch-up-days:2}") int catchUpDays, IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policies = policies;
        this.outbox = outbox;
        this.businessDay = businessDay;
        this.clock = clock;
        this.catchUpDays = catchUpDays;
        this.events = consumer.handlers(MARKS, "supervision")
                .onWithEnvelope(ChaseOpenedEvent.class, (event, envelope) -> {
                    jdbc.update("""
                            INSERT INTO reminder_chase (chase_id, plan_id, department, title, reply_by)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", event.chaseId(), event.planId(),
                            event.department(), event.title(), Date.valueOf(event.replyBy()));
                    notify(envelope, event.chaseId(), "opened", Audience.LIAISON, chase -> new ReminderTexts.Text(
                            "督办：" + chase.title(),
                            "办公室向" + chase.department() + "发出督办单「" + chase.title() + "」：" + event.message()
                                    + "。请于 " + Labels.day(chase.replyBy()) + " 前反馈。"));
                })
                .onWithEnvelope(ChaseRepliedEvent.class, (event, envelope) -> notify(envelope, event.chaseId(),
                        "replied-" + event.round(), Audience.OFFICE, chase -> new ReminderTexts.Text(
                                "督办单已反馈：" + chase.title(),
                                chase.department() + " 已就督办单「" + chase.title() + "」作第" + event.round()
                                        + "轮反馈，请复核。")))
                .onWithEnvelope(ChaseSentBackEvent.class, (event, envelope) -> {
                    jdbc.update("UPDATE reminder_chase SET reply_by = ? WHERE chase_id = ?",
                            Date.valueOf(event.replyBy()), event.chaseId());
                    notify(envelope, event.chaseId(), "sent-back-" + event.round(), Audience.LIAISON,
                            chase -> new ReminderTexts.Text("督办单退回重办：" + chase.title(),
                                    "办公室退回了督办单「" + chase.title() + "」第" + event.round() + "轮反馈，请于 "
                                            + Labels.day(chase.replyBy()) + " 前重新反馈。"));
                })
                .onWithEnvelope(ChaseAcceptedEvent.class, (event, envelope) -> notify(envelope, event.chaseId(),
                        "accepted", Audience.LIAISON, chase -> new ReminderTexts.Text("督办单复核通过：" + chase.title(),
                                "办公室复核通过了督办单「" + chase.title() + "」的反馈。")))
                .onWithEnvelope(ChaseClosedEvent.class, (event, envelope) -> notify(envelope, event.chaseId(),
                        "closed", Audience.LIAISON, chase -> new ReminderTexts.Text("督办单已办结：" + chase.title(),
                                "督办单「" + chase.title() + "」已办结。")))
                .onWithEnvelope(ChaseWithdrawnEvent.class, (event, envelope) -> notify(envelope, event.chaseId(),
                        "withdrawn", Audience.LIAISON, chase -> new ReminderTexts.Text("督办单已撤销：" + chase.title(),
                                "办公室撤销了督办单「" + chase.title() + "」，无需再办理。")))
                // signing is the department's own act, told to nobody; the policy is no 督办单 step
                .ignoring(ChaseSignedEvent.class, ReminderPolicyAdoptedEvent.class, ContactPreferencesSetEvent.class);
    }

    public EventHandlers events() {
        return events;
    }

    private void notify(EventEnvelope envelope, String chaseId, String step, Audience audience,
                        Function<Chase, ReminderTexts.Text> text) {
        if (envelope.businessDay().isBefore(businessDay.today().minusDays(catchUpDays))) {
            return;
        }
        jdbc.query("SELECT plan_id, department, title, reply_by FROM reminder_chase WHERE chase_id = ?",
                (rs, row) -> new Chase(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate()), chaseId).forEach(chase -> {
            ReminderTexts.Text said = text.apply(chase);
            List<Person> people = audience == Audience.OFFICE ? directory.office()
                    : directory.liaisons(chase.department());
            var channels = policies.current(chase.planId()).channels();
            var now = clock.instant();
            var reminders = people.stream().map(person -> new DueReminder(ObligationKeys.chase(chaseId), step,
                    person.userId(), person.name(), audience, chase.planId(), chase.department(), said.title(),
                    said.body(), "/chases/" + chaseId, chase.replyBy(), now, channels)).toList();
            if (!reminders.isEmpty()) {
                outbox.enqueue(reminders);
            }
        });
    }
}
