package kaohe.supervision.reminder;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.ChaseAcceptedEvent;
import kaohe.supervision.event.ChaseClosedEvent;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSignedEvent;
import kaohe.supervision.event.ChaseSubject;
import kaohe.supervision.event.ChaseSubjectKind;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import kaohe.supervision.obligation.Obligation;
import kaohe.supervision.obligation.ObligationKeys;
import kaohe.supervision.obligation.ObligationKind;
import kaohe.supervision.obligation.ObligationsIntegrationTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A 督办单 through every step: its obligations, its notices to the other side (once each) and its reminders. */
class ChaseNoticesIntegrationTest extends ObligationsIntegrationTestBase {

    private static final LocalDate OPENED = LocalDate.of(2020, 8, 10);

    @Test
    void everyStepOwesTheNextAndTellsTheOtherSideOnce() {
        String planId = plan();
        String chaseId = "chase-" + UUID.randomUUID().toString().substring(0, 8);
        String key = ObligationKeys.chase(chaseId);
        clock.today(OPENED);
        var opened = feed.publish("supervision", chaseId, OPENED, new ChaseOpenedEvent(chaseId, planId, XUANJIAO,
                new ChaseSubject(ChaseSubjectKind.DEPARTMENT, null, XUANJIAO), "8月宣传台账未更新",
                "请补齐8月宣传台账", LocalDate.of(2020, 8, 20), OPENED));
        await("opened", () -> steps(key).contains("opened"));
        var notice = outbox.handed(key).get(0);
        assertThat(notice.recipientId()).isEqualTo(XUANJIAO_LIAISON.id());
        assertThat(notice.title()).isEqualTo("督办：8月宣传台账未更新");
        assertThat(notice.link()).isEqualTo("/chases/" + chaseId);
        assertThat(obligation(key).kind()).isEqualTo(ObligationKind.CHASE_REPLY);
        assertThat(obligation(key).dueOn()).isEqualTo(LocalDate.of(2020, 8, 20));

        // reminders apply to the reply-by date too
        sweep.sweep(LocalDate.of(2020, 8, 17));
        assertThat(outbox.keys(key)).contains(key + "|before-3|" + XUANJIAO_LIAISON.id());

        feed.send(opened);
        feed.publish("supervision", chaseId, OPENED, new ChaseSignedEvent(chaseId, planId, XUANJIAO, OPENED));
        LocalDate replied = LocalDate.of(2020, 8, 18);
        clock.today(replied);
        feed.publish("supervision", chaseId, replied, new ChaseRepliedEvent(chaseId, planId, XUANJIAO, 1,
                "已补齐", List.of(), replied, LocalDate.of(2020, 8, 20), 0));
        await("replied", () -> steps(key).contains("replied-1"));
        assertThat(outbox.handed(key).stream().filter(reminder -> reminder.step().equals("opened")))
                .as("the redelivered opening tells nobody again").hasSize(1);
        var reply = outbox.handed(key).stream().filter(reminder -> reminder.step().equals("replied-1")).toList();
        assertThat(reply).extracting(DueReminder::recipientId).containsExactly(OFFICE.id());
        assertThat(reply.get(0).audience()).isEqualTo(Audience.OFFICE);
        await("reply owed no more", () -> obligation(key).done());
        String review = ObligationKeys.chaseReview(chaseId, 1);
        assertThat(obligation(review).dueOn()).isEqualTo(replied.plusDays(5));
        assertThat(obligation(review).owner()).isEqualTo(Audience.OFFICE);

        LocalDate sentBack = LocalDate.of(2020, 8, 19);
        clock.today(sentBack);
        feed.publish("supervision", chaseId, sentBack, new ChaseSentBackEvent(chaseId, planId, XUANJIAO, 1,
                LocalDate.of(2020, 8, 20), LocalDate.of(2020, 8, 25)));
        await("sent back", () -> steps(key).contains("sent-back-1") && !obligation(key).done());
        // reopened in the same transaction as the review was done
        assertThat(obligation(key).dueOn()).isEqualTo(LocalDate.of(2020, 8, 25));
        assertThat(obligation(review).done()).isTrue();
        sweep.sweep(LocalDate.of(2020, 8, 22));
        assertThat(outbox.keys(key)).as("the new reply-by date has reminders of its own")
                .contains(key + "|before-3~v2|" + XUANJIAO_LIAISON.id());

        LocalDate again = LocalDate.of(2020, 8, 24);
        clock.today(again);
        feed.publish("supervision", chaseId, again, new ChaseRepliedEvent(chaseId, planId, XUANJIAO, 2,
                "已整改到位", List.of(), again, LocalDate.of(2020, 8, 25), 0));
        feed.publish("supervision", chaseId, again, new ChaseAcceptedEvent(chaseId, planId, XUANJIAO, 2, "好",
                again));
        feed.publish("supervision", chaseId, again, new ChaseClosedEvent(chaseId, planId, XUANJIAO, again, 2, 0));
        await("closed", () -> steps(key).contains("closed"));
        assertThat(steps(key)).containsExactly("opened", "before-3", "replied-1", "sent-back-1", "before-3~v2",
                "replied-2", "accepted", "closed");
        // the calendar's consumer is not the notices': it may come a moment later
        await("the second reply reviewed", () -> obligations.find(ObligationKeys.chaseReview(chaseId, 2))
                .map(Obligation::done).orElse(false));
        assertThat(obligation(key).done()).isTrue();
    }

    @Test
    void aWithdrawnChaseOwesNothingAndAnOldOneTellsNobody() {
        String planId = plan();
        String chaseId = "chase-" + UUID.randomUUID().toString().substring(0, 8);
        String key = ObligationKeys.chase(chaseId);
        clock.today(LocalDate.of(2020, 8, 20));
        // opened ten days before the business day: replayed from the topic's start, say; owed, but no news
        feed.publish("supervision", chaseId, OPENED, new ChaseOpenedEvent(chaseId, planId, DUCHA,
                new ChaseSubject(ChaseSubjectKind.DEPARTMENT, null, DUCHA), "督查通报", "请反馈", 
                LocalDate.of(2020, 8, 25), OPENED));
        feed.publish("supervision", chaseId, LocalDate.of(2020, 8, 20), new ChaseWithdrawnEvent(chaseId, planId,
                DUCHA));
        await("withdrawn", () -> steps(key).contains("withdrawn"));
        assertThat(steps(key)).containsExactly("withdrawn");
        await("gone", () -> obligations.find(key).isEmpty());
        sweep.sweep(LocalDate.of(2020, 8, 25));
        assertThat(steps(key)).containsExactly("withdrawn");
    }

    private List<String> steps(String key) {
        return outbox.handed(key).stream().map(DueReminder::step).distinct().toList();
    }
}
